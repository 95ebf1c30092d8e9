import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_MAPS, CHANNELS, type Channel, type Input } from '../../../src-main/contract/index.ts';
import type { Dispatch } from '../../../src-main/dispatch/index.ts';
import { completeEntry, createHandlerVault, TEST_PROFILE, call } from '../../support/dispatch-fixtures.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices } from '../../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE } from '../../support/test-vault.ts';

// Issue 9: every channel, fed malformed, out-of-range and impossible values in every field of its input, answers
// with a documented code and a Chinese message; nothing is INTERNAL, nothing raises a false tampering alarm, and
// nothing it accepts breaks a later read. FUZZ_RUNS lowers the count for a quick local run; CI uses the default.
const RUNS_PER_CHANNEL = Number(process.env.FUZZ_RUNS ?? 2000);
const HAN = /\p{Script=Han}/u;
// Answers that would mean the fuzz broke the vault or found a bug: none of these may appear on a sound vault.
const FALSE_ALARMS = ['INTERNAL', 'ROW_TAMPERED', 'ROW_UNREADABLE', 'AUDIT_CHAIN_BROKEN', 'VAULT_CORRUPT', 'HEADER_CORRUPT'];

export interface Fixture {
  draftId: string;
  finalizedId: string;
}

// A valid input per channel with every optional field present, so that every field is a place the fuzz can hit.
// Typed over every channel: a new channel without a seed does not compile.
export const SEEDS: Record<Channel, (fixture: Fixture) => unknown> = {
  'app.about': () => ({}),
  'vault.status': () => ({}),
  'vault.create': () => ({ passphrase: TEST_PASSPHRASE }),
  'vault.unlock': () => ({ passphrase: TEST_PASSPHRASE }),
  'vault.lock': () => ({}),
  'vault.reportActivity': () => ({}),
  'vault.autoLock': () => ({}),
  'vault.recover': () => ({ recoveryKey: '0000-0000-0000-0000-0000-0000-0000-0000-0000', newPassphrase: TEST_PASSPHRASE }),
  'vault.changePassphrase': () => ({ current: TEST_PASSPHRASE, next: TEST_PASSPHRASE }),
  'vault.verification': () => ({}),
  'vault.backup': () => ({}),
  'vault.backupReminder': () => ({}),
  'vault.restore': () => ({ backupPassphrase: TEST_PASSPHRASE, currentPassphrase: TEST_PASSPHRASE }),
  'profile.get': () => ({}),
  'profile.save': () => ({ profile: TEST_PROFILE, unit: { unitHasDisciplineBody: true } }),
  'record.list': () => ({ query: '某', offset: 0, limit: 20 }),
  'record.get': ({ draftId }) => ({ recordId: draftId }),
  'record.create': () => ({}),
  'record.saveDraft': ({ draftId }) => ({ recordId: draftId, draft: fullDraft() }),
  'record.finalize': ({ draftId }) => ({ recordId: draftId }),
  'record.amend': ({ finalizedId }) => ({ recordId: finalizedId, reason: '补充干预时间' }),
  'record.deleteDraft': ({ draftId }) => ({ recordId: draftId }),
  'record.markSubmitted': ({ finalizedId }) => ({ recordId: finalizedId, submittedOn: '2026-11-30' }),
  'record.withdrawSubmission': ({ finalizedId }) => ({ recordId: finalizedId, reason: '误点了已报送' }),
  'record.version': ({ finalizedId }) => ({ recordId: finalizedId, version: 1 }),
  'record.assess': () => ({ draft: fullDraft() }),
  'record.print': ({ finalizedId }) => ({ recordId: finalizedId, what: 'form' }),
  'record.savePdf': ({ finalizedId }) => ({ recordId: finalizedId, what: 'sealedPackage' }),
  'setup.printRecoverySheet': () => ({ recoveryKey: '0000-0000-0000-0000-0000-0000-0000-0000-0000' }),
  'setup.issueRecoveryKey': () => ({}),
  'setup.confirmRecoveryKey': () => ({ recoveryKey: '0000-0000-0000-0000-0000-0000-0000-0000-0000' }),
  'pdf.fonts': () => ({}),
  'calendar.coverage': () => ({}),
  'calendar.importPack': () => ({ acceptUnsignedRisk: true }),
  'settings.get': () => ({}),
  'settings.save': () => ({ autoLockMinutes: 5 }),
  'audit.list': () => ({}),
  'exchange.trustedKeys': () => ({}),
  'exchange.chooseKeyFile': () => ({}),
  'calendar.importSignedPack': () => ({}),
  'exchange.trustKeyFile': () => ({ typedFingerprint: 'b15e4436 ea30f6fb 191c765a fa70676f 84dc9ed4 5500299b 681c0143 d1746c56' }),
  'record.exportRoutes': ({ finalizedId }) => ({ recordId: finalizedId }),
  'record.export': ({ finalizedId }) => ({ recordId: finalizedId, recipients: ['b'.repeat(64)] }),
  'record.importReceipt': () => ({}),
  'record.receipts': ({ finalizedId }) => ({ recordId: finalizedId }),
  'body.status': () => ({}),
  'body.setUp': () => ({ identity: { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' } }),
  'body.saveKeyFile': () => ({}),
  'body.printKeyNotice': () => ({}),
  'intake.importFolder': () => ({}),
  'body.signCalendarPack': () => ({ sequence: 1 }),
  'intake.importFiles': () => ({}),
  'intake.progress': () => ({}),
  'intake.list': () => ({}),
  'intake.checkPaper': () => ({ fileDigest: 'a'.repeat(64), typedFingerprint: 'a'.repeat(64) }),
  'intake.acceptKeyChange': () => ({ fileDigest: 'a'.repeat(64) }),
  'intake.exportReceipt': () => ({ fileDigest: 'a'.repeat(64) }),
  'intake.forward': () => ({ fileDigest: 'a'.repeat(64), to: 'b'.repeat(64), reason: '按第九条转送' }),
  'casework.inbox': () => ({ source: 'paperEntry', receivedFrom: '2026-10-01', receivedTo: '2026-11-30', filedYear: 2026, text: '关照' }),
  'casework.get': ({ finalizedId }) => ({ recordId: finalizedId }),
  'casework.keyInPaper': () => ({ record: { ...fullDraft(), status: 'finalized', version: 1, amendsDigest: null, amendmentReason: null } }),
  'casework.changeReceivedOn': ({ finalizedId }) => ({
    recordId: finalizedId,
    change: { to: '2026-11-29', reason: '纸质件先到。', changedBy: '赵某' },
  }),
  'casework.classifyIntervenerOrg': ({ finalizedId }) => ({ recordId: finalizedId, entryIndex: 0, orgKind: 'outsideSystem' }),
  'casework.assess': ({ finalizedId }) => ({
    recordId: finalizedId,
    assessment: { conclusion: 'problemClue', elementsPresent: ['affectsMatter'], reasons: '需核实。', assessor: '赵某', assessedOn: '2026-11-30', outcome: 'unfounded', outcomeNote: '不实。' },
  }),
  'casework.addStep': ({ finalizedId }) => ({ recordId: finalizedId, step: { kind: 'registration', by: '赵某', on: '2026-11-30', what: '登记。', notes: '无' } }),
  'casework.decideJurisdiction': ({ finalizedId }) => ({
    recordId: finalizedId,
    decision: { decision: 'otherBody', otherBodyName: '某局纪委', reason: '管辖权限。', decidedBy: '赵某', decidedOn: '2026-11-30' },
  }),
  'casework.getSettings': () => ({}),
  'casework.stepKindUses': () => ({}),
  'casework.today': () => ({}),
  'casework.signOff': () => ({ year: 2026, bodyName: '某纪检组', includeNames: false }),
  'staff.list': () => ({}),
  'staff.registerFirst': () => ({ member: { name: '王某', role: 'head' } }),
  'staff.add': () => ({ member: { name: '孙某', role: 'officer' }, passphrase: 'correct horse battery staple 2026' }),
  'staff.remove': () => ({ id: 'f'.repeat(32) }),
  'casework.saveSettings': () => ({ stepKinds: [{ key: 'closure', label: '了结', closesCase: true }], reminderAfterDays: 30 }),
  'casework.summary': () => ({ year: 2026, bodyName: '某纪检组', includeNames: true }),
  'casework.saveSummary': () => ({ year: 2026, bodyName: '某纪检组', includeNames: false }),
  'casework.exportSealedSummary': () => ({ year: 2026, includeNames: false, office: 'b'.repeat(64) }),
  'office.status': () => ({}),
  'office.setUp': () => ({ identity: { unit: '部党风廉政建设责任制领导小组', name: '办公室' } }),
  'office.saveKeyFile': () => ({}),
  'office.printKeyNotice': () => ({}),
  'office.importFiles': () => ({}),
  'office.importFolder': () => ({}),
  'office.importProgress': () => ({}),
  'office.summary': () => ({ year: 2026 }),
  'office.today': () => ({}),
  'intervener.list': () => ({}),
  'intervener.merge': () => ({ keys: ['王某某|某局', '王某某|某市分局'] }),
  'intervener.split': () => ({ mergeId: 'f'.repeat(32) }),
  'finding.list': () => ({}),
  'finding.add': ({ finalizedId }) => ({
    finding: {
      kind: 'retaliation',
      subjectKind: 'leadingCadre',
      subjectName: '王某某',
      protectedHandler: '李某',
      recordIds: [finalizedId],
      facts: '调岗。',
      foundBy: '赵某',
      foundOn: '2026-11-30',
    },
  }),
  'finding.addStep': () => ({ id: 'f'.repeat(32), step: { kind: 'registration', by: '赵某', on: '2026-11-30', what: '登记。', notes: null } }),
};

function fullDraft() {
  return {
    filedAt: '2026-11-30',
    filer: '李某',
    handler: TEST_PROFILE,
    entries: [completeEntry('divisionPrincipal', { learnedOn: '2026-10-08', method: 'other', methodNote: '通过微信语音' })],
  };
}

// Values a person, a bug or an attacker could put in any field.
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u3000',
    '\u0000',
    '𠮷',
    '2026-02-30',
    '2026-11-31',
    '1970-01-01',
    '2100-01-01T00:00',
    '1999-12-31',
    '2026-13-01',
    '2026-11-30T24:00',
    '２０２６-１１-３０',
    '2026/11/30',
    '9999-12-31',
    '2099-12-31T23:59',
    '2099-12-30',
    '2000-01-01',
    '0000-0000-0000-0000-0000-0000-0000-0000-0000',
    'f'.repeat(32),
    'A'.repeat(32),
    '字'.repeat(5000),
    'x'.repeat(70_000),
    '__proto__',
    'constructor',
    -1,
    0,
    1,
    61,
    1.5,
    Number.MAX_SAFE_INTEGER,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    null,
    undefined,
    [],
    {},
    [null],
    { length: 1 },
  ),
  fc.string({ maxLength: 40 }),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 16)),
  fc.integer(),
  fc.anything({ maxDepth: 2 }),
);

// Where the seed holds a date, dates are what the fuzz mostly puts there: real ones far from today and at the
// edges of the calendar's range, impossible ones, and ones written as people type them.
const pad = (value: number, width: number) => String(value).padStart(width, '0');
const hostileDate: fc.Arbitrary<unknown> = fc.oneof(
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }).chain((date) =>
    fc.constantFrom(date.toISOString().slice(0, 10), date.toISOString().slice(0, 16)),
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.boolean())
    .map(([year, month, day, withTime]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}${withTime ? 'T09:30' : ''}`),
  fc.date({ min: new Date('2099-12-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  hostile,
);
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;

// Every path to a leaf or a container in a value, so a mutation can land anywhere, arrays and objects included.
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

type Mutation = { kind: 'replace'; path: number; with: unknown; withDate: unknown } | { kind: 'delete'; path: number } | { kind: 'extra'; path: number; key: string; with: unknown };

function mutate(seed: unknown, mutation: Mutation): unknown {
  const copy: unknown = structuredClone(seed);
  const paths = pathsOf(copy);
  const path = paths[mutation.path % paths.length] ?? [];
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.with : copy;
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  const original = parent[key];
  if (mutation.kind === 'replace') parent[key] = typeof original === 'string' && DATE_LIKE.test(original) ? mutation.withDate : mutation.with;
  else if (mutation.kind === 'delete') delete parent[key];
  // An array's length is no field a payload could carry: writing a random value there only throws a RangeError
  // in the harness itself (seen once in CI).
  else if (typeof original === 'object' && original !== null && !(Array.isArray(original) && mutation.key === 'length')) {
    (original as Record<string, unknown>)[mutation.key] = mutation.with;
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation | null> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), path: fc.nat(), with: hostile, withDate: hostileDate }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('extra' as const), path: fc.nat(), key: fc.string({ maxLength: 8 }), with: hostile }) },
);

const input = (seed: unknown): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 9, arbitrary: mutation.map((change) => (change ? mutate(seed, change) : seed)) }, { weight: 1, arbitrary: hostile });

// The record channels and all the others, split over two test files so the runner can fuzz them on two cores;
// the split is computed from the channel list, so a new channel is always in one of them.
export const RECORD_CHANNELS = CHANNELS.filter((channel) => channel.startsWith('record.'));
// The discipline body's channels, fuzzed on a discipline body's installation holding one keyed-in paper form.
export const DISCIPLINE_CHANNELS: readonly Channel[] = CHANNEL_MAPS.discipline.channels;
// The 领导小组办公室's channels, fuzzed on an office's installation (with the other channels).
export const OFFICE_CHANNELS: readonly Channel[] = CHANNEL_MAPS.office.channels;
export const OTHER_CHANNELS = CHANNELS.filter((channel) => !channel.startsWith('record.') && !DISCIPLINE_CHANNELS.includes(channel));

export function fuzzChannels(title: string, channels: readonly Channel[]): void {
  describe(title, () => {
    let dir: ReturnType<typeof makeTempDir>;

    beforeAll(() => {
      dir = makeTempDir('liuhen-fuzz-');
    });
    afterAll(() => dir.remove());

    // A fresh vault per channel, unlocked, with a profile, a draft and a finalized record to aim at.
    async function prepare(channel: Channel): Promise<{ dispatch: Dispatch; fixture: Fixture }> {
      const dispatch = dispatchWithOutputCheck(makeServices(`${dir.path}/${channel}`, fakeClock('2026-11-30T10:00:00+08:00')));
      await createHandlerVault(dispatch);
      const finalized = await call(dispatch, 'record.create', {});
      await call(dispatch, 'record.saveDraft', { recordId: finalized.recordId, draft: fullDraft() });
      await call(dispatch, 'record.finalize', { recordId: finalized.recordId });
      const draft = await call(dispatch, 'record.create', {});
      await call(dispatch, 'record.saveDraft', { recordId: draft.recordId, draft: { ...fullDraft(), filer: '' } });
      return { dispatch, fixture: { draftId: draft.recordId, finalizedId: finalized.recordId } };
    }

    // A discipline body's vault with one case (the fixture's ids name it) for the discipline channels.
    async function prepareDiscipline(channel: Channel): Promise<{ dispatch: Dispatch; fixture: Fixture }> {
      const dispatch = dispatchWithOutputCheck(makeServices(`${dir.path}/${channel}`, fakeClock('2026-11-30T10:00:00+08:00')), 'disciplineBody');
      await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
      const record = { ...fullDraft(), status: 'finalized', version: 1, amendsDigest: null, amendmentReason: null } as const;
      const { entry } = await call(dispatch, 'casework.keyInPaper', { record: record as Input<'casework.keyInPaper'>['record'] });
      return { dispatch, fixture: { draftId: entry.recordId, finalizedId: entry.recordId } };
    }

    // An office's vault, set up, for the office's channels.
    async function prepareOffice(channel: Channel): Promise<{ dispatch: Dispatch; fixture: Fixture }> {
      const dispatch = dispatchWithOutputCheck(makeServices(`${dir.path}/${channel}`, fakeClock('2026-11-30T10:00:00+08:00')), 'leadingGroupOffice');
      await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
      await call(dispatch, 'office.setUp', { identity: { unit: '工业和信息化部', name: '部党风廉政建设责任制领导小组办公室' } });
      return { dispatch, fixture: { draftId: 'f'.repeat(32), finalizedId: 'f'.repeat(32) } };
    }

    // Whatever was accepted may have been stored: every case, finding and identity must still read.
    async function checkReads(dispatch: Dispatch, discipline: boolean, office = false): Promise<void> {
      const status = await call(dispatch, 'vault.status', {});
      if (!status.unlocked) return;
      if (office) {
        await call(dispatch, 'office.summary', { year: 2026 });
        return;
      }
      if (discipline) {
        // The inbox and the summary decrypt and check every case; casework.get would also log each opening
        // (the access log), a write per case per run.
        await call(dispatch, 'casework.inbox', {});
        await call(dispatch, 'casework.summary', { year: 2026, bodyName: '某纪检组', includeNames: true });
        await call(dispatch, 'finding.list', {});
        await call(dispatch, 'intervener.list', {});
        return;
      }
      const listing = await call(dispatch, 'record.list', {});
      expect(listing.unreadable).toEqual([]);
      for (const { recordId } of listing.records) await call(dispatch, 'record.get', { recordId });
    }

    it.each(channels)('%s answers every input with a documented code and stores nothing that breaks a read', async (channel) => {
      const discipline = DISCIPLINE_CHANNELS.includes(channel);
      const office = OFFICE_CHANNELS.includes(channel);
      const { dispatch, fixture } = await (discipline ? prepareDiscipline(channel) : office ? prepareOffice(channel) : prepare(channel));
      const seed = SEEDS[channel](fixture);
      await fc.assert(
        fc.asyncProperty(input(seed), async (payload) => {
          const answer = await dispatch(channel, payload);
          if (!answer.ok) {
            expect(FALSE_ALARMS).not.toContain(answer.error.code);
            expect(answer.error.message).toMatch(HAN);
            return;
          }
          await checkReads(dispatch, discipline, office);
        }),
        { numRuns: RUNS_PER_CHANNEL },
      );
    }, 600_000);
  });
}
