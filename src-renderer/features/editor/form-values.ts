import dayjs, { type Dayjs } from 'dayjs';
import type { EntryDraft, RecordDraft } from '../../../src-main/contract/forms.ts';

// The editor holds dates as dayjs values (what antd's pickers speak) and everything else as the draft has it.
// Dates are wall-clock China time: formatted from and parsed into their fields, never shifted by a zone.
export interface EntryValues extends Omit<EntryDraft, 'occurredAt' | 'learnedOn'> {
  occurredAt?: Dayjs | null;
  // The handler remembers the day but not the minute: 时间 is stored as the day alone.
  timeUnknown?: boolean;
  learnedOn?: Dayjs | null;
}

export interface RecordValues extends Omit<RecordDraft, 'filedAt' | 'entries'> {
  filedAt?: Dayjs | null;
  entries: EntryValues[];
}

export const DATE = 'YYYY-MM-DD';
export const DATE_TIME = 'YYYY-MM-DDTHH:mm';
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function toDay(text: string | null | undefined): Dayjs | null {
  if (!text) return null;
  // dayjs reads 'YYYY-MM-DD' and 'YYYY-MM-DDTHH:mm' (no zone suffix) as local wall-clock fields.
  const parsed = dayjs(text);
  return parsed.isValid() ? parsed : null;
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

// antd leaves untouched fields undefined; the draft schema is strict, so only known keys go back.
export function toDraft(values: RecordValues): RecordDraft {
  const { filedAt, filer, handler, entries } = values;
  return {
    ...(filedAt ? { filedAt: filedAt.format(DATE) } : {}),
    ...(filer !== undefined ? { filer } : {}),
    handler: handler ?? {},
    entries: (entries ?? []).map(toEntryDraft),
  };
}

function toEntryDraft(entry: EntryValues | undefined): EntryDraft {
  const { occurredAt, timeUnknown, learnedOn, methodNote, intervener, method, matter, kinds, content, handling } = entry ?? {};
  return {
    ...(occurredAt ? { occurredAt: occurredAt.format(timeUnknown ? DATE : DATE_TIME) } : {}),
    learnedOn: learnedOn ? learnedOn.format(DATE) : null,
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
