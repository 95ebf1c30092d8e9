import { CalendarOutlined } from '@ant-design/icons';
import { Button, Input, Popover, Typography, type InputProps, type InputRef } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState, type KeyboardEvent } from 'react';
import { DATE_YEAR_MAX, DATE_YEAR_MIN } from '../../../src-main/shared/form/date-fields.ts';
import { readTypedDate } from '../../../src-main/shared/form/typed-date.ts';
import { DayCalendar } from './day-calendar.tsx';
import { DAY_TEXT, dayWords, MINUTE_TEXT } from './day-words.ts';
import { isUnreadDate, type DateValue } from './form-values.ts';

interface TypedDateInputProps extends Omit<InputProps, 'value' | 'onChange'> {
  value?: DateValue;
  onChange?: (value: DateValue) => void;
  // The field keeps a minute (干预时间) rather than only a day.
  withTime?: boolean;
  // For a field that keeps either (干预时间): told whether the typed text had a time, before the value changes.
  onPrecision?: (hasTime: boolean) => void;
  // The first and last days the field takes ('YYYY-MM-DD'); the calendar disables the others and opens on the
  // last when the field is empty.
  earliest?: string | undefined;
  latest: string;
}

function textOf(value: DateValue | undefined, withTime: boolean): string {
  if (isUnreadDate(value)) return value.typed;
  return dayjs.isDayjs(value) ? value.format(withTime ? MINUTE_TEXT : DAY_TEXT) : '';
}

// A date field that takes what people type (2026-09-30 14:30, 2026/9/30, 2026年9月30日14:30, full-width digits from
// an input method, 20260930, a date alone) and reads it when the field is left, by Tab, a click elsewhere or
// Enter. What it read is shown beneath; text it cannot read stays in the field for the form's rule to explain.
// ↓ or the calendar button opens a calendar that works from the keyboard.
export function TypedDateInput({ value, onChange, withTime = false, onPrecision, earliest, latest, ...inputProps }: TypedDateInputProps) {
  const [typing, setTyping] = useState<string | null>(null);
  const [understood, setUnderstood] = useState<{ day: Dayjs; words: string } | null>(null);
  const [calendarOpen, setCalendarOpen] = useState(false);
  const input = useRef<InputRef>(null);

  const isDisabled = (day: Dayjs) => {
    const date = day.format('YYYY-MM-DD');
    return day.year() < DATE_YEAR_MIN || day.year() > DATE_YEAR_MAX || (earliest !== undefined && date < earliest) || date > latest;
  };

  const take = (day: Dayjs, keepsTime: boolean, words: string | null) => {
    setUnderstood(words === null ? null : { day, words: `已识别为 ${words}${keepsTime ? ` ${day.format('HH:mm')}` : ''}` });
    onChange?.(day);
  };

  const commit = () => {
    if (typing === null) return;
    setTyping(null);
    const text = typing.trim();
    if (text === '') {
      setUnderstood(null);
      onChange?.(null);
      return;
    }
    const reading = readTypedDate(text);
    if (!reading.ok) {
      setUnderstood(null);
      onChange?.({ typed: typing, problem: reading.problem });
      return;
    }
    const hasTime = reading.time !== null;
    onPrecision?.(hasTime);
    const keepsTime = onPrecision ? hasTime : withTime;
    const day = dayjs(`${reading.date}T${keepsTime ? reading.time : '00:00'}`);
    take(day, keepsTime, dayWords(day));
  };

  const openCalendar = () => {
    commit();
    setCalendarOpen(true);
  };

  const closeCalendar = () => {
    setCalendarOpen(false);
    input.current?.focus();
  };

  // A day from the calendar keeps the minute already there; with none yet, the day is written into the field
  // for the minute to be typed after it.
  const pick = (day: Dayjs) => {
    closeCalendar();
    if (!withTime) {
      take(day.startOf('day'), false, null);
    } else if (dayjs.isDayjs(value)) {
      take(day.hour(value.hour()).minute(value.minute()), true, null);
    } else {
      setTyping(`${day.format(DAY_TEXT)} `);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'ArrowDown' && !calendarOpen) {
      event.preventDefault();
      openCalendar();
    }
  };

  const calendarStart = dayjs.isDayjs(value) ? value : dayjs(latest);
  const shownUnderstood = understood && dayjs.isDayjs(value) && value.isSame(understood.day) ? understood.words : null;

  return (
    <>
      <Popover
        open={calendarOpen}
        trigger="click"
        placement="bottomLeft"
        onOpenChange={(open) => {
          if (!open) setCalendarOpen(false);
        }}
        content={calendarOpen && <DayCalendar initial={calendarStart} isDisabled={isDisabled} onPick={pick} onClose={closeCalendar} />}
      >
        <Input
          {...inputProps}
          ref={input}
          value={typing ?? textOf(value, withTime)}
          placeholder={withTime ? '如 2026年9月30日 14:30；↓ 键打开日历' : '如 2026年9月30日；↓ 键打开日历'}
          onChange={(event) => setTyping(event.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
          suffix={<Button type="text" size="small" tabIndex={-1} icon={<CalendarOutlined />} aria-label="打开日历" onClick={openCalendar} />}
        />
      </Popover>
      {shownUnderstood && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {shownUnderstood}
        </Typography.Text>
      )}
    </>
  );
}
