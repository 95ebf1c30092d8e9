import { Calendar, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { dayWords } from './day-words.ts';

interface DayCalendarProps {
  initial: Dayjs;
  isDisabled: (day: Dayjs) => boolean;
  onPick: (day: Dayjs) => void;
  onClose: () => void;
}

const MOVES: Record<string, (day: Dayjs) => Dayjs> = {
  ArrowLeft: (day) => day.subtract(1, 'day'),
  ArrowRight: (day) => day.add(1, 'day'),
  ArrowUp: (day) => day.subtract(1, 'week'),
  ArrowDown: (day) => day.add(1, 'week'),
  PageUp: (day) => day.subtract(1, 'month'),
  PageDown: (day) => day.add(1, 'month'),
};

// The month calendar behind a date field, usable from the keyboard: arrows move a day or a week, Page Up/Down a
// month, Enter takes the day, Esc closes. antd's own panel has no keyboard of its own. The cursor never lands on
// a day the field would refuse.
export function DayCalendar({ initial, isDisabled, onPick, onClose }: DayCalendarProps) {
  const [cursor, setCursor] = useState(initial);
  const keys = useRef<HTMLDivElement>(null);
  useEffect(() => keys.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (move) {
      const next = move(cursor);
      if (!isDisabled(next)) setCursor(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (!isDisabled(cursor)) onPick(cursor);
    } else if (event.key === 'Escape') {
      onClose();
    } else {
      return;
    }
    // Handled here: the page does not scroll, and a dialog around the field neither closes nor confirms.
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={keys} role="dialog" aria-label="选择日期" tabIndex={0} onKeyDown={onKeyDown} style={{ width: 300, outline: 'none' }}>
      <Calendar
        fullscreen={false}
        value={cursor}
        disabledDate={isDisabled}
        onSelect={(day, { source }) => (source === 'date' ? onPick(day) : setCursor(day))}
      />
      <Typography.Text strong data-testid="calendar-cursor" aria-live="polite">
        {dayWords(cursor)}
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
        方向键选日期，PageUp/PageDown 翻月，回车确定，Esc 关闭
      </Typography.Paragraph>
    </div>
  );
}
