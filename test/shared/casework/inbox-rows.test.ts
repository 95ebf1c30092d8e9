import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../../src-main/core/calendar/built-in-calendar.ts';
import { caseFileSchema, type CaseFile } from '../../../src-main/shared/casework/case-file.ts';
import { DEFAULT_DISPOSITION_STEP_KINDS } from '../../../src-main/shared/casework/disposition.ts';
import { filterInbox, inboxFilterSchema, inboxRowOf } from '../../../src-main/shared/casework/inbox-rows.ts';
import { intervenerKey } from '../../../src-main/shared/casework/intervener-identity.ts';
import { validEntry } from '../support/valid-record.ts';
import { issuesOf } from '../support/zod-issues.ts';
import { finalizedRecord, receivedEntry } from './support/casework-fixtures.ts';

const options = {
  calendar: builtInCalendar(),
  stepKinds: DEFAULT_DISPOSITION_STEP_KINDS,
  today: '2026-11-20',
  reminderAfterDays: 30,
  repeatedKeys: new Set([intervenerKey({ name: '张某', unit: '某公司' })]),
};

function caseOf(
  recordId: string,
  { receivedOn = '2026-10-13', level = 'divisionPrincipal', content = validEntry().content, category = 'construction', closed = false, source = 'importedFile', intervener = '王某某' } = {},
): CaseFile {
  const record = finalizedRecord({
    entries: [{ occurredAt: '2026-09-30T09:00', intervener: { ...validEntry().intervener, name: intervener, unit: intervener === '张某' ? '某公司' : '某局', level }, content, matter: { category, item: null, name: '某事项' } }],
  });
  const entry = { ...receivedEntry(record, receivedOn, recordId), source };
  const step = { kind: 'closure', by: '赵某', on: receivedOn, what: '了结。', notes: null };
  return caseFileSchema.parse({ entry, assessments: [], disposition: closed ? [step] : [], jurisdiction: null });
}

const rows = [
  caseOf('R1'),
  caseOf('R2', { receivedOn: '2026-10-16', level: 'departmentDeputy', content: '要求在职称评定中“照顾”某人。', category: 'personnel' }),
  caseOf('R3', { receivedOn: '2026-11-02', closed: true, source: 'paperEntry' }),
  caseOf('R4', { level: 'unknown', content: '打听评标专家名单。', intervener: '张某' }),
].map((caseFile) => inboxRowOf(caseFile, options));

const ids = (filter: object) => filterInbox(rows, inboxFilterSchema.parse(filter)).map((row) => row.recordId);

describe('filtering the inbox', () => {
  it.each([
    ['nothing', {}, ['R1', 'R2', 'R3', 'R4']],
    ['late records', { timeliness: 'late' }, ['R2', 'R3']],
    ['paper forms keyed in', { source: 'paperEntry' }, ['R3']],
    ['closed cases', { disposition: 'closed' }, ['R3']],
    ['cases not yet assessed and still open', { assessment: 'notAssessed', disposition: 'notStarted' }, ['R1', 'R2', 'R4']],
    ['a matter category', { matterCategory: 'personnel' }, ['R2']],
    ['司局级 interveners', { jurisdiction: 'bureauLevel' }, ['R2']],
    ['cases needing a jurisdiction decision', { jurisdiction: 'needsDecision' }, ['R2', 'R4']],
    ['reminders due (over 30 days without a step)', { reminderDue: true }, ['R1', 'R2', 'R4']],
    ['a received date range', { receivedFrom: '2026-10-14', receivedTo: '2026-11-01' }, ['R2']],
    ['a handler unit, typed with a space', { handlerUnit: '网络安全 管理处' }, ['R1', 'R2', 'R3', 'R4']],
    ['the year of 填报时间', { filedYear: 2025 }, []],
    ['text in the content', { text: '照顾' }, ['R2']],
    ['two words, both required', { text: '评标 专家' }, ['R1', 'R3', 'R4']],
    ['two words, one of them absent', { text: '评标 职称' }, []],
    ['full-width text', { text: 'Ｒ４' }, ['R4']],
    ['a record number', { text: 'r3' }, ['R3']],
    ['an intervener named on other records too', { repeatedIntervener: true }, ['R4']],
  ])('by %s', (_label, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('says what is wrong with a filter it cannot use', () => {
    expect(issuesOf(inboxFilterSchema.safeParse({ receivedFrom: '2026-13-01' }))).toEqual({
      receivedFrom: ['收到日期起“2026-13-01”不是有效日期：月份应在01至12之间'],
    });
    expect(inboxFilterSchema.safeParse({ colour: 'red' }).success).toBe(false);
  });

  it('reckons each row’s timeliness, disposition and reminder', () => {
    expect(rows.map((row) => [row.recordNumber, row.timeliness.verdict, row.disposition, row.reminder])).toEqual([
      ['R1', 'onTime', 'notStarted', '收到已38天，尚未处置'],
      ['R2', 'late', 'notStarted', '收到已35天，尚未处置'],
      ['R3', 'late', 'closed', null],
      ['R4', 'onTime', 'notStarted', '收到已38天，尚未处置'],
    ]);
  });
});
