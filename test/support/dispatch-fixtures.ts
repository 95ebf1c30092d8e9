import { contract, type Channel, type Input, type Output } from '../../src-main/contract/index.ts';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { TEST_PASSPHRASE } from './test-vault.ts';

// A handler profile and a complete intervention entry, as drafts carry them over IPC.
export const TEST_PROFILE = {
  name: '李某',
  politicalStatus: 'cpcMember',
  workUnit: '某省通信管理局网络安全管理处',
  currentPost: '一级主任科员',
  dutyScope: '负责工程建设项目的招标组织和合同管理。',
} as const satisfies Input<'profile.save'>['profile'];

type DraftEntry = Input<'record.saveDraft'>['draft']['entries'][number];
type IntervenerLevel = NonNullable<NonNullable<DraftEntry['intervener']>['level']>;

export function completeEntry(level: IntervenerLevel, overrides: Partial<DraftEntry> = {}): DraftEntry {
  return {
    occurredAt: '2026-09-30T09:30',
    learnedOn: null,
    intervener: { name: '王某某', unit: '某省通信管理局', post: '副局长', organisationKind: 'telecomAdministration', level, tenure: 'serving' },
    method: 'phone',
    methodNote: null,
    matter: { category: 'construction', item: 'bidding', name: '某数据中心机房改造工程招标' },
    kinds: ['lobbying'],
    content: '来电要求在评标中对某公司“多加关照”，并询问评标专家名单。',
    handling: '当场拒绝，告知须按程序办理，并于当日向分管领导报告。',
    ...overrides,
  };
}

type PaperRecord = Input<'casework.keyInPaper'>['record'];

// A paper form as a discipline body keys it in: filed on 9-30, one complete entry naming an intervener of this rank.
export function paperRecordFor(level: IntervenerLevel): PaperRecord {
  return {
    filedAt: '2026-09-30',
    filer: '李某',
    handler: TEST_PROFILE,
    entries: [completeEntry(level) as PaperRecord['entries'][number]],
    status: 'finalized',
    version: 1,
    amendsDigest: null,
    amendmentReason: null,
  };
}

// A handler's vault as the tests begin with it: created with the test passphrase, the profile and unit saved.
export async function createHandlerVault(dispatch: Dispatch, unitHasDisciplineBody = true): Promise<void> {
  await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
  await call(dispatch, 'profile.save', { profile: TEST_PROFILE, unit: { unitHasDisciplineBody } });
}

// A new record whose draft holds these entries; answers its id.
export async function draftWithEntries(dispatch: Dispatch, entries: DraftEntry[]): Promise<string> {
  const created = await call(dispatch, 'record.create', {});
  await call(dispatch, 'record.saveDraft', { recordId: created.recordId, draft: { ...created.draft, entries } });
  return created.recordId;
}

// The typed test client: the value of a successful answer, typed by the contract for that channel, so a test
// reads what main really answers; a failure fails the test with main's own code and message.
export async function call<C extends Channel>(dispatch: Dispatch, channel: C, input: Input<C>): Promise<Output<C>> {
  const answer = await dispatch(channel, input);
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  // Read through the channel's own output schema, so the type a test relies on is checked, not asserted.
  return contract[channel].output.parse(answer.value) as Output<C>;
}
