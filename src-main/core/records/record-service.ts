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
import { finalizedContent } from './record-fingerprint.ts';
import type { Lateness } from '../../shared/form/lateness.ts';
import { assessDraft, type AssessmentContext, type RecordAssessment } from './record-assessment.ts';
import { recordDraftInputSchema, recordDraftSchema, type RecordDraft } from '../../shared/form/record-draft.ts';
import { readSubmissions, recordSubmission, type Submission } from './submissions.ts';
import { requireWrittenDates } from './written-dates.ts';

const MAX_PROBLEMS_SHOWN = 5;
const amendmentReasonSchema = textField({ subject: '修订原因', maxChars: AMENDMENT_REASON_MAX_CHARS, multiline: true });

export interface RecordDetail {
  recordId: string;
  version: number;
  status: StoredVersion['status'];
  // The day the sealed form of this version was handed over, as the handler recorded it.
  submittedOn: string | null;
  savedAt: string;
  finalizedAt: string | null;
  digest: string | null;
  amendsDigest: string | null;
  amendmentReason: string | null;
  draft: RecordDraft;
  lateness: RecordLateness | null;
  versions: { version: number; status: StoredVersion['status']; finalizedAt: string | null; digest: string | null }[];
  assessment: RecordAssessment;
}

// A record the list cannot show, named with why, so the others stay usable.
export interface UnreadableRecordView {
  recordId: string;
  version: number;
  code: 'ROW_TAMPERED' | 'ROW_UNREADABLE';
  message: string;
}

export interface RecordListing {
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
    const previous = readSubmissions(this.vault)[recordId];
    const lateness = previous ? previous.lateness : this.firstReportLateness(recordId, submittedOn);
    recordSubmission(this.vault, recordId, { version: latest.version, submittedOn, ...(lateness ? { lateness } : {}) });
    return this.detail(recordId);
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
    const first = history[0] === undefined ? undefined : recordDraftSchema.safeParse(history[0].content).data;
    return {
      recordId,
      version: latest.version,
      status: latest.status,
      submittedOn: this.submittedOn(recordId, latest.version, submissions),
      lateness: latenessOfRecord(submissions[recordId], first),
      savedAt: latest.savedAt,
      finalizedAt: latest.finalizedAt,
      digest: latest.digest,
      amendsDigest: latest.amendsDigest,
      amendmentReason: latest.amendmentReason,
      draft,
      versions: history.map(({ version, status, finalizedAt, digest }) => ({ version, status, finalizedAt, digest })),
      assessment: this.assess(draft),
    };
  }

  list(): RecordListing {
    const submissions = readSubmissions(this.vault);
    const context = this.assessmentContext();
    const { versions, unreadable } = this.versions.readLatest();
    const records: RecordSummary[] = [];
    const failures: UnreadableRecordView[] = unreadable.map(({ recordId, version, error }) => ({
      recordId,
      version,
      code: error.code === 'ROW_TAMPERED' ? 'ROW_TAMPERED' : 'ROW_UNREADABLE',
      message: error.message,
    }));
    for (const latest of versions) {
      const draft = recordDraftSchema.safeParse(latest.content);
      if (!draft.success) {
        failures.push({ recordId: latest.recordId, version: latest.version, code: 'ROW_UNREADABLE', message: unreadableDraft(latest).message });
        continue;
      }
      records.push(this.summary(latest, draft.data, submissions, context));
    }
    records.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    return { records, unreadable: failures };
  }

  private summary(latest: StoredVersion, draft: RecordDraft, submissions: Record<string, Submission>, context: AssessmentContext): RecordSummary {
    return {
      recordId: latest.recordId,
      version: latest.version,
      status: latest.status,
      submittedOn: this.submittedOn(latest.recordId, latest.version, submissions),
      savedAt: latest.savedAt,
      filedAt: draft.filedAt ?? null,
      matters: distinct(draft.entries.map((entry) => entry.matter?.name)),
      interveners: distinct(draft.entries.map((entry) => entry.intervener?.name)),
      // The list reads only the newest version: a first report's lateness, or the one kept with its submission.
      lateness: latenessOfRecord(submissions[latest.recordId], latest.version === 1 ? draft : undefined),
      assessment: this.assess(draft, context),
    };
  }

  private submittedOn(recordId: string, version: number, submissions: Record<string, Submission>): string | null {
    const submission = submissions[recordId];
    return submission && submission.version === version ? submission.submittedOn : null;
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

function latenessOfRecord(submission: Submission | undefined, firstVersion: RecordDraft | undefined): RecordLateness | null {
  if (submission) return submission.lateness ? { stage: 'submitted', ...submission.lateness } : null;
  return firstVersion?.lateness ? { stage: 'finalized', ...firstVersion.lateness } : null;
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
  return rowFailure('ROW_UNREADABLE', describeRecordVersion(version.recordId, version.version));
}

// Several entries about one matter (or by one person) are listed once.
function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))];
}
