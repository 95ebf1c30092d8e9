import type { CalendarService } from '../calendar/calendar-service.ts';
import type { Clock } from '../clock.ts';
import { chinaDateOf } from '../../shared/calendar/iso-date.ts';
import { textField } from '../../shared/form/text-field.ts';
import { AMENDMENT_REASON_MAX_CHARS } from '../../shared/form/field-limits.ts';
import { UserError } from '../../shared/errors.ts';
import { ORGANISATION_KIND_FIELD_LABEL } from '../../shared/form/organisation-kind.ts';
import type { InterventionRecord } from '../../shared/form/record.ts';
import { readProfile, readUnit } from '../profile/profile-store.ts';
import { rowFailure } from '../vault/row-failure.ts';
import type { VaultService } from '../vault/vault-service.ts';
import { blankDraft, newestUntouchedBlank } from './blank-draft.ts';
import { describeRecordVersion, type RecordVersions, type StoredVersion } from './record-versions.ts';
import { finalizedRecord, recordOfVersion } from './finalized-record.ts';
import { assessDraft, assessEntries, type AssessmentContext, type RecordAssessment } from './record-assessment.ts';
import { listEntryOf, type RecordListEntry } from './record-list-index.ts';
import { finalizedContent } from './record-fingerprint.ts';
import type { Lateness } from '../../shared/form/lateness.ts';
import { recordDraftInputSchema, recordDraftSchema, type RecordDraft } from '../../shared/form/record-draft.ts';
import { formatChinaDate } from '../../shared/calendar/china-time.ts';
import { formatRecordNumber } from '../../shared/form/record-number.ts';
import { readSubmissions, recordSubmission, submissionOf, withdrawSubmission, type Submission, type Submissions } from './submissions.ts';
import { requireWrittenDates } from './written-dates.ts';

const MAX_PROBLEMS_SHOWN = 5;
const amendmentReasonSchema = textField({ subject: '修订原因', maxChars: AMENDMENT_REASON_MAX_CHARS, multiline: true });
const withdrawalReasonSchema = textField({ subject: '撤销原因', maxChars: AMENDMENT_REASON_MAX_CHARS, multiline: true });

export interface RecordDetail {
  recordId: string;
  version: number;
  status: StoredVersion['status'];
  // The day the sealed form of this version was handed over, as the handler recorded it.
  submittedOn: string | null;
  // The 已报送 was marked today, so it may still be withdrawn.
  submissionWithdrawable: boolean;
  savedAt: string;
  finalizedAt: string | null;
  digest: string | null;
  amendsDigest: string | null;
  amendmentReason: string | null;
  draft: RecordDraft;
  lateness: RecordLateness | null;
  versions: VersionSummary[];
  assessment: RecordAssessment;
}

// One line of a record's version history.
export interface VersionSummary {
  version: number;
  status: StoredVersion['status'];
  finalizedAt: string | null;
  digest: string | null;
  amendmentReason: string | null;
  submittedOn: string | null;
}

// One version whole, to read, compare or reprint.
export interface RecordVersion extends VersionSummary {
  recordId: string;
  draft: RecordDraft;
}

// A record the list cannot show, named with why, so the others stay usable.
export interface UnreadableRecordView {
  recordId: string;
  version: number;
  code: 'ROW_TAMPERED' | 'ROW_UNREADABLE';
  message: string;
}

export interface RecordListRequest {
  query?: string | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

// A record the list shows, from its index entry (whose draft part is known to be readable).
interface ListedRecord {
  recordId: string;
  entry: RecordListEntry & { draft: NonNullable<RecordListEntry['draft']> };
}

export interface RecordListing {
  total: number;
  records: RecordSummary[];
  unreadable: UnreadableRecordView[];
}

export interface RecordSummary {
  recordId: string;
  version: number;
  status: StoredVersion['status'];
  submittedOn: string | null;
  savedAt: string;
  filedAt: string | null;
  // The earliest 干预时间 among the entries, as written ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm').
  occurredAt: string | null;
  matters: string[];
  interveners: string[];
  lateness: RecordLateness | null;
  assessment: RecordAssessment;
}

// How late the record's first report was: when it was handed over (已报送), else when it was finalized.
export interface RecordLateness extends Lateness {
  stage: 'finalized' | 'submitted';
}

// The 记录表 lifecycle on top of the vault: drafts hold whatever has been typed; finalizing checks the whole
// form against the rule (recordSchema) and stores its normalised text; amending opens a new version.
export class RecordService {
  private readonly vault: VaultService;
  private readonly versions: RecordVersions;
  private readonly calendar: CalendarService;
  private readonly clock: Clock;

  constructor(vault: VaultService, versions: RecordVersions, calendar: CalendarService, clock: Clock) {
    this.vault = vault;
    this.versions = versions;
    this.calendar = calendar;
    this.clock = clock;
  }

  // 填写记录表: the newest blank form nobody has written in yet, or a new one, so each click does not leave
  // another empty draft behind. A reused form is filled in from today, so its 填报时间 moves on to today.
  create(): RecordDetail {
    const { profile } = readProfile(this.vault);
    const today = chinaDateOf(this.clock.now());
    const records = this.versions;
    // A damaged row is reported by the list; it can be no blank form to reuse, and must not stop a new one.
    const blank = newestUntouchedBlank(records.readLatest().versions, profile);
    if (!blank) return this.detail(records.createDraft(blankDraft(profile, today)).recordId);
    if (blank.draft.filedAt !== today) records.saveDraft(blank.recordId, { ...blank.draft, filedAt: today });
    return this.detail(blank.recordId);
  }

  saveDraft(recordId: string, draft: RecordDraft): RecordDetail {
    const checked = recordDraftInputSchema.parse(draft);
    requireWrittenDates(checked, this.today());
    this.versions.saveDraft(recordId, checked);
    return this.detail(recordId);
  }

  // A first report finalized after its deadline carries its lateness; an amendment never does, since the deadline
  // is the first report's. A 逾期说明 left blank is no 逾期说明.
  finalize(recordId: string): RecordDetail {
    const latest = this.versions.get(recordId);
    const draft = draftOf(latest);
    requireWrittenDates(draft, this.today());
    const lateness = latest.version === 1 ? latenessOn(this.assess(draft).deadline) : undefined;
    const content = {
      filedAt: draft.filedAt,
      filer: draft.filer,
      handler: draft.handler,
      entries: draft.entries,
      ...(draft.lateNote?.trim() ? { lateNote: draft.lateNote } : {}),
      ...(lateness ? { lateness } : {}),
    };
    const checked = finalizedRecord(recordOfVersion({ ...latest, content, status: 'finalized' }));
    const problems = checked.ok ? newVersionProblems(checked.record) : checked.problems;
    if (!checked.ok || problems.length > 0) {
      throw new UserError('RECORD_INCOMPLETE', `记录表尚未填写完整，不能完成填报：${problems.slice(0, MAX_PROBLEMS_SHOWN).join('；')}。`);
    }
    this.versions.finalize(recordId, finalizedContent(checked.record));
    return this.detail(recordId);
  }

  amend(recordId: string, reason: string): RecordDetail {
    const checked = amendmentReasonSchema.safeParse(reason);
    if (!checked.success) throw new UserError('RECORD_INCOMPLETE', checked.error.issues[0]?.message ?? '请填写修订原因');
    this.versions.amend(recordId, checked.data);
    return this.detail(recordId);
  }

  // Only a finalized version can be handed over, and not on a day before it was filed.
  markSubmitted(recordId: string, submittedOn: string): RecordDetail {
    const latest = this.versions.get(recordId);
    if (latest.status !== 'finalized') throw new UserError('RECORD_NOT_FINALIZED', '只有已完成填报的记录表才能标记为已报送。');
    const filedAt = draftOf(latest).filedAt;
    if (filedAt && submittedOn < filedAt) throw new UserError('RECORD_INCOMPLETE', '报送日期不能早于填报时间。');
    if (submittedOn > this.today()) throw new UserError('RECORD_INCOMPLETE', '报送日期不能晚于今天。');
    // A later hand-over keeps the first report's lateness: an amendment is never late in itself.
    const previous = readSubmissions(this.vault)[recordId]?.at(-1);
    const lateness = previous ? previous.lateness : this.firstReportLateness(recordId, submittedOn);
    recordSubmission(this.vault, recordId, {
      version: latest.version,
      submittedOn,
      markedAt: this.clock.now().toISOString(),
      ...(lateness ? { lateness } : {}),
    });
    return this.detail(recordId);
  }

  // A mistaken 已报送 is taken back on the day it was marked, with the reason on the audit trail; by the next day
  // the mark may already have been relied on, so it stands.
  withdrawSubmission(recordId: string, reason: string): RecordDetail {
    const checked = withdrawalReasonSchema.safeParse(reason);
    if (!checked.success) throw new UserError('RECORD_INCOMPLETE', checked.error.issues[0]?.message ?? '请填写撤销原因');
    const latest = this.versions.get(recordId);
    const mark = submissionOf(readSubmissions(this.vault), recordId, latest.version);
    if (!mark) throw new UserError('SUBMISSION_NOT_WITHDRAWABLE', '该版本尚未标记为已报送，无需撤销。');
    if (!this.markedToday(mark)) throw new UserError('SUBMISSION_NOT_WITHDRAWABLE');
    const note = `编号 ${formatRecordNumber(recordId)}，报送日期 ${formatChinaDate(mark.submittedOn)}；撤销原因：${checked.data}`;
    withdrawSubmission(this.vault, recordId, mark, note);
    return this.detail(recordId);
  }

  private markedToday(mark: Submission): boolean {
    return mark.markedAt !== undefined && chinaDateOf(new Date(mark.markedAt)) === this.today();
  }

  version(recordId: string, version: number): RecordVersion {
    const stored = this.versions.get(recordId, version);
    return { recordId, ...this.versionSummary(stored, readSubmissions(this.vault)), draft: draftOf(stored) };
  }

  // Counted from the first version's entries to the day the sealed form was handed over.
  private firstReportLateness(recordId: string, submittedOn: string): Lateness | undefined {
    const [first] = this.versions.history(recordId);
    if (!first) return undefined;
    return latenessOn(assessDraft(draftOf(first), { ...this.assessmentContext(), today: submittedOn }).deadline);
  }

  deleteDraft(recordId: string): void {
    this.versions.deleteDraft(recordId);
  }

  detail(recordId: string): RecordDetail {
    const history = this.versions.history(recordId);
    const latest = history[history.length - 1] as StoredVersion;
    const draft = draftOf(latest);
    const submissions = readSubmissions(this.vault);
    const mark = submissionOf(submissions, recordId, latest.version);
    const first = history[0] === undefined ? undefined : recordDraftSchema.safeParse(history[0].content).data;
    return {
      recordId,
      version: latest.version,
      status: latest.status,
      submittedOn: mark?.submittedOn ?? null,
      submissionWithdrawable: mark !== undefined && this.markedToday(mark),
      lateness: latenessOfRecord(submissions[recordId]?.at(-1), first?.lateness),
      savedAt: latest.savedAt,
      finalizedAt: latest.finalizedAt,
      digest: latest.digest,
      amendsDigest: latest.amendsDigest,
      amendmentReason: latest.amendmentReason,
      draft,
      versions: history.map((stored) => this.versionSummary(stored, submissions)),
      assessment: this.assess(draft),
    };
  }

  // The records list: what it shows comes from the list index (one short row per record), so only the page asked
  // for is assessed and no form is decrypted. A record the index lacks, or knows at another version (a vault
  // from before the index, until the unlock completes it), is read in full.
  list(request: RecordListRequest = {}): RecordListing {
    const { entries, latestVersions } = this.versions.listEntries();
    const failures: UnreadableRecordView[] = [];
    const listed: ListedRecord[] = [];
    const indexed = new Set<string>();
    // Rows the full verification found damaged are named, not listed from their index entry.
    const damaged = new Map(this.vault.verification().problems.filter((problem) => problem.table === 'records').map((problem) => [`${problem.id}/${problem.version}`, problem.error]));
    for (const { recordId, entry } of entries) {
      if (entry.version !== latestVersions.get(recordId)) continue;
      indexed.add(recordId);
      const error = damaged.get(`${recordId}/${entry.version}`);
      if (error) failures.push(unreadableView(recordId, entry.version, error));
      else if (entry.draft) listed.push({ recordId, entry: { ...entry, draft: entry.draft } });
      else failures.push(unreadableView(recordId, entry.version, unreadableDraftError(recordId, entry.version)));
    }
    for (const recordId of latestVersions.keys()) {
      if (!indexed.has(recordId)) this.listFromRecord(recordId, listed, failures);
    }
    const query = request.query?.trim().toLowerCase() ?? '';
    const matching = query === '' ? listed : listed.filter((record) => matches(record, query));
    // ISO times compare as strings; localeCompare would cost more than the rest of the list.
    matching.sort((a, b) => (a.entry.savedAt < b.entry.savedAt ? 1 : a.entry.savedAt > b.entry.savedAt ? -1 : 0));
    const offset = request.offset ?? 0;
    const page = matching.slice(offset, request.limit === undefined ? undefined : offset + request.limit);
    const submissions = readSubmissions(this.vault);
    const context = this.assessmentContext();
    return { total: matching.length, records: page.map((record) => this.summary(record, submissions, context)), unreadable: failures };
  }

  private listFromRecord(recordId: string, listed: ListedRecord[], failures: UnreadableRecordView[]): void {
    let latest: StoredVersion;
    try {
      latest = this.versions.get(recordId);
    } catch (error) {
      if (!(error instanceof UserError) || (error.code !== 'ROW_TAMPERED' && error.code !== 'ROW_UNREADABLE')) throw error;
      const version = this.versions.latestVersion(recordId);
      failures.push(unreadableView(recordId, version, error));
      return;
    }
    const entry = listEntryOf(latest);
    if (entry.draft) listed.push({ recordId, entry: { ...entry, draft: entry.draft } });
    else failures.push(unreadableView(recordId, latest.version, unreadableDraft(latest)));
  }

  private versionSummary(stored: StoredVersion, submissions: Submissions): VersionSummary {
    const { version, status, finalizedAt, digest, amendmentReason } = stored;
    return { version, status, finalizedAt, digest, amendmentReason, submittedOn: this.submittedOn(stored.recordId, version, submissions) };
  }

  private summary({ recordId, entry }: ListedRecord, submissions: Submissions, context: AssessmentContext): RecordSummary {
    return {
      recordId,
      version: entry.version,
      status: entry.status,
      submittedOn: this.submittedOn(recordId, entry.version, submissions),
      savedAt: entry.savedAt,
      filedAt: entry.draft.filedAt,
      occurredAt: earliest(entry.draft.entries.map((each) => each.occurredAt)),
      matters: entry.draft.matters,
      interveners: entry.draft.interveners,
      assessment: assessEntries(entry.draft.entries, context),
      // The list reads only the newest version: a first report's lateness, or the one kept with its submission.
      lateness: latenessOfRecord(submissions[recordId]?.at(-1), entry.version === 1 ? entry.draft.lateness : undefined),
    };
  }

  private submittedOn(recordId: string, version: number, submissions: Submissions): string | null {
    return submissionOf(submissions, recordId, version)?.submittedOn ?? null;
  }

  assess(draft: RecordDraft, context: AssessmentContext = this.assessmentContext()): RecordAssessment {
    return assessDraft(draft, context);
  }

  // What every assessment reads besides the draft: the unit's fact, today and the calendar, read once per call (a
  // list of 10,000 records used to reread the profile, unit and calendar rows for each).
  private assessmentContext(): AssessmentContext {
    return { unit: readUnit(this.vault), today: this.today(), calendar: this.calendar.calendar() };
  }

  private today(): string {
    return chinaDateOf(this.clock.now());
  }
}

function latenessOn(deadline: RecordAssessment['deadline']): Lateness | undefined {
  if (!deadline?.overdue) return undefined;
  return { workingDays: 0 - deadline.workingDaysRemaining, estimated: deadline.estimated };
}

function latenessOfRecord(submission: Submission | undefined, firstVersion: Lateness | undefined): RecordLateness | null {
  if (submission) return submission.lateness ? { stage: 'submitted', ...submission.lateness } : null;
  return firstVersion ? { stage: 'finalized', ...firstVersion } : null;
}

// What a version finalized from now on must hold beyond what stored records need: the organisation kind, which
// versions finalized before it was asked lack and keep lacking.
function newVersionProblems(record: InterventionRecord): string[] {
  return record.entries.flatMap((entry, index) =>
    entry.intervener.organisationKind ? [] : [`请选择第${index + 1}项${ORGANISATION_KIND_FIELD_LABEL}`],
  );
}

// The draft inside a stored version; content that authenticated but is not a draft is named, not "internal".
function draftOf(version: StoredVersion): RecordDraft {
  const draft = recordDraftSchema.safeParse(version.content);
  if (!draft.success) throw unreadableDraft(version);
  return draft.data;
}

function unreadableDraft(version: StoredVersion): UserError {
  return unreadableDraftError(version.recordId, version.version);
}

function unreadableDraftError(recordId: string, version: number): UserError {
  return rowFailure('ROW_UNREADABLE', describeRecordVersion(recordId, version));
}

function unreadableView(recordId: string, version: number, error: UserError): UnreadableRecordView {
  return { recordId, version, code: error.code === 'ROW_TAMPERED' ? 'ROW_TAMPERED' : 'ROW_UNREADABLE', message: error.message };
}

// The query against what the list shows: the 编号 (with or without its hyphens), a matter, an intervener, the
// 填报时间.
function matches({ recordId, entry }: ListedRecord, query: string): boolean {
  const number = formatRecordNumber(recordId).toLowerCase();
  return (
    number.includes(query) ||
    number.replaceAll('-', '').includes(query.replaceAll('-', '')) ||
    (entry.draft.filedAt ?? '').includes(query) ||
    entry.draft.matters.some((name) => name.toLowerCase().includes(query)) ||
    entry.draft.interveners.some((name) => name.toLowerCase().includes(query))
  );
}

// Written dates and date-times sort as text.
function earliest(values: (string | null)[]): string | null {
  return values.filter((value): value is string => Boolean(value)).sort()[0] ?? null;
}
