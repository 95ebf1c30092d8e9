import dayjs, { type Dayjs } from 'dayjs';
import { type EntryDraft, type RecordDraft } from '../../../src-main/shared/form/record-draft.ts';
import { readTypedDate } from '../../../src-main/shared/form/typed-date.ts';

// Text typed into a date field that could not be read as a date: kept as typed, with the reason, so the
// handler sees it and corrects it rather than losing it.
export interface UnreadDate {
  typed: string;
  problem: string;
}

// The editor holds dates as dayjs values (what antd's calendar speaks) and everything else as the draft has it.
// Dates are wall-clock China time: formatted from and parsed into their fields, never shifted by a zone.
export type DateValue = Dayjs | UnreadDate | null;

export interface EntryValues extends Omit<EntryDraft, 'occurredAt' | 'learnedOn'> {
  occurredAt?: DateValue;
  // The handler remembers the day but not the minute: 时间 is stored as the day alone.
  timeUnknown?: boolean;
  learnedOn?: DateValue;
}

export interface RecordValues extends Omit<RecordDraft, 'filedAt' | 'entries'> {
  filedAt?: DateValue;
  entries: EntryValues[];
}

export function isUnreadDate(value: unknown): value is UnreadDate {
  return typeof value === 'object' && value !== null && 'typed' in value && 'problem' in value;
}

export const DATE = 'YYYY-MM-DD';
export const DATE_TIME = 'YYYY-MM-DDTHH:mm';
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function toDay(text: string | null | undefined): DateValue {
  if (!text) return null;
  const reading = readTypedDate(text);
  if (!reading.ok) return { typed: text, problem: reading.problem };
  // dayjs reads 'YYYY-MM-DDTHH:mm' (no zone suffix) as local wall-clock fields.
  return dayjs(`${reading.date}T${reading.time ?? '00:00'}`);
}

// The day a field holds, as 'YYYY-MM-DD', when the channels that write a draft would take it: not text that
// could not be read, and not a day after today (main refuses a draft holding one, which would lose the rest of
// it; the field says why meanwhile).
function dayTaken(value: DateValue | undefined, today: string): string | undefined {
  if (!dayjs.isDayjs(value)) return undefined;
  const day = value.format(DATE);
  return day <= today ? day : undefined;
}

export function toFormValues(draft: RecordDraft): RecordValues {
  return {
    ...draft,
    filedAt: toDay(draft.filedAt),
    entries: draft.entries.map((entry) => ({
      ...entry,
      occurredAt: toDay(entry.occurredAt),
      timeUnknown: DAY_ONLY.test(entry.occurredAt ?? ''),
      learnedOn: toDay(entry.learnedOn),
    })),
  };
}

// antd leaves untouched fields undefined; the draft schema is strict, so only known keys go back. `today` is the
// app's, as main last said it.
export function toDraft(values: RecordValues, today: string): RecordDraft {
  const { filedAt, filer, handler, entries, lateNote } = values;
  const filedOn = dayTaken(filedAt, today);
  return {
    ...(filedOn ? { filedAt: filedOn } : {}),
    ...(filer !== undefined ? { filer } : {}),
    ...(lateNote ? { lateNote } : {}),
    handler: handler ?? {},
    entries: (entries ?? []).map((entry) => toEntryDraft(entry, today)),
  };
}

function toEntryDraft(entry: EntryValues | undefined, today: string): EntryDraft {
  const { occurredAt, timeUnknown, learnedOn, methodNote, intervener, method, matter, kinds, content, handling } = entry ?? {};
  const occurredOn = dayTaken(occurredAt, today);
  const learned = dayTaken(learnedOn, today);
  return {
    ...(occurredOn && dayjs.isDayjs(occurredAt) ? { occurredAt: occurredAt.format(timeUnknown ? DATE : DATE_TIME) } : {}),
    // 发现日期 before 干预时间 is refused like a day after today.
    learnedOn: learned && !(occurredOn && learned < occurredOn) ? learned : null,
    ...(intervener ? { intervener: compact(intervener) } : {}),
    ...(method ? { method } : {}),
    methodNote: method === 'other' && methodNote ? methodNote : null,
    ...(matter ? { matter: { ...compact(matter), item: matter.item ?? null } } : {}),
    kinds: kinds ?? [],
    ...(content !== undefined ? { content } : {}),
    ...(handling !== undefined ? { handling } : {}),
  };
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== null)) as T;
}

export function emptyEntry(): EntryValues {
  return { learnedOn: null, methodNote: null, kinds: [] };
}
