import { chinaDateOf, type IsoDate } from '../../shared/calendar/iso-date.ts';
import type { HandlerProfile } from '../../shared/form/handler-profile.ts';
import type { StoredVersion } from './record-versions.ts';
import { recordDraftSchema, type EntryDraft, type RecordDraft } from '../../shared/form/record-draft.ts';

const HANDLER_FIELDS = ['name', 'politicalStatus', 'workUnit', 'currentPost', 'dutyScope'] as const satisfies readonly (keyof HandlerProfile)[];

// A new form, prefilled as the annex expects: the day as 填报时间, the handler as filer, the profile block, and
// one 干预具体情况 with nothing in it.
export function blankDraft(profile: HandlerProfile | null, today: IsoDate): RecordDraft {
  return {
    filedAt: today,
    filer: profile?.name ?? '',
    handler: profile ? handlerBlockOf(profile) : {},
    entries: [{ learnedOn: null, methodNote: null, kinds: [] }],
  };
}

// The profile's 基本情况 block, without what the annex has no cell for.
function handlerBlockOf(profile: HandlerProfile): RecordDraft['handler'] {
  return Object.fromEntries(HANDLER_FIELDS.map((field) => [field, profile[field]]));
}

// Whether anything has been entered in an entry. The editor writes untouched fields back as empty strings,
// nulls, empty lists and empty objects, so none of those counts.
export function entryHasContent(entry: EntryDraft): boolean {
  return hasContent(entry);
}

function hasContent(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return true;
}

export interface UntouchedBlank {
  recordId: string;
  draft: RecordDraft;
}

// The most recently saved first draft that is still the template nobody has written in, if there is one.
// 填报时间 counts as prefilled when it is the day the app wrote the draft (created it, or moved the date on when
// reusing it); filer and handler block when they are the profile as it is now. Anything else was typed.
export function newestUntouchedBlank(versions: readonly StoredVersion[], profile: HandlerProfile | null): UntouchedBlank | undefined {
  return versions
    .filter((version) => version.status === 'draft' && version.version === 1)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.createdAt.localeCompare(a.createdAt))
    .flatMap((version) => {
      const parsed = recordDraftSchema.safeParse(version.content);
      return parsed.success && isUntouched(version, parsed.data, profile) ? [{ recordId: version.recordId, draft: parsed.data }] : [];
    })[0];
}

function isUntouched(version: StoredVersion, draft: RecordDraft, profile: HandlerProfile | null): boolean {
  const writtenOn = [version.createdAt, version.savedAt].map((instant) => chinaDateOf(new Date(instant)));
  const [entry, ...more] = draft.entries;
  return (
    draft.filedAt !== undefined &&
    writtenOn.includes(draft.filedAt) &&
    (draft.filer ?? '') === (profile?.name ?? '') &&
    HANDLER_FIELDS.every((field) => (draft.handler[field] ?? '') === (profile?.[field] ?? '')) &&
    entry !== undefined &&
    more.length === 0 &&
    !entryHasContent(entry)
  );
}
