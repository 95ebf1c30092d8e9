import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseFileKind } from '../../../src-main/core/casework/casework-kinds.ts';
import type { Services } from '../../../src-main/core/services.ts';
import { manyCaseFiles } from '../../support/many-case-files.ts';
import { makeServices } from '../../support/test-services.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { fakeClock, TEST_PASSPHRASE } from '../../support/test-vault.ts';

const CASES = manyCaseFiles(8);
const NOT_ASSESSED = CASES.find((caseFile) => caseFile.assessments.length === 0)?.entry.recordId ?? '';
const WITHOUT_STEPS = CASES.find((caseFile) => caseFile.disposition.length === 0)?.entry.recordId ?? '';
const LAST_RECEIVED = CASES.reduce((latest, caseFile) => (caseFile.entry.receivedOn > latest.entry.receivedOn ? caseFile : latest));

let temp: ReturnType<typeof makeTempDir>;
let services: Services;

beforeEach(async () => {
  temp = makeTempDir('liuhen-inbox-after-change-');
  services = makeServices(join(temp.path, 'data'), fakeClock('2026-12-20T02:00:00Z'));
  await services.vault.create(TEST_PASSPHRASE, 'disciplineBody');
  const table = services.vault.table(caseFileKind);
  services.vault.change({ action: 'recordImported' }, () => {
    for (const caseFile of CASES) table.put(caseFile.entry.recordId, caseFile);
  });
});
afterEach(() => {
  services.vault.lock();
  temp.remove();
});

// The inbox keeps its rows in memory and works out again only the row of a case that changed: after any change
// it must read exactly as if every row had been built afresh from the stored case files.
describe('the inbox after a change to one case', () => {
  it('reads as a fresh build after 研判, a disposition step and an earlier received date', async () => {
    const before = services.casework.inbox({});
    services.casework.assess(NOT_ASSESSED, {
      conclusion: 'problemClue',
      elementsPresent: [],
      reasons: '依据记录内容研判。',
      assessor: '赵某',
      assessedOn: '2026-12-19',
      outcome: null,
      outcomeNote: null,
    });
    services.casework.addStep(WITHOUT_STEPS, { kind: 'registration', by: '赵某', on: '2026-12-19', what: '登记备案。', notes: null });
    const moved = LAST_RECEIVED.entry.recordId;
    services.casework.changeReceivedOn(moved, { to: LAST_RECEIVED.entry.record.filedAt, reason: '纸质件当日已送达。', changedBy: '赵某' });
    const after = services.casework.inbox({});

    expect(after.find((row) => row.recordId === NOT_ASSESSED)?.assessment).toBe('problemClue');
    expect(after.find((row) => row.recordId === WITHOUT_STEPS)?.disposition).not.toBe(
      before.find((row) => row.recordId === WITHOUT_STEPS)?.disposition,
    );
    expect(before[0]?.recordId).toBe(moved);
    expect(after[0]?.recordId).not.toBe(moved);

    services.vault.lock();
    await services.vault.unlock(TEST_PASSPHRASE);
    expect(services.casework.inbox({})).toEqual(after);
  });

  it('finds a case by what its new 研判 says', () => {
    services.casework.inbox({});
    services.casework.assess(NOT_ASSESSED, {
      conclusion: 'problemClue',
      elementsPresent: [],
      reasons: '经初步了解，存在打招呼情形。',
      assessor: '赵某',
      assessedOn: '2026-12-19',
      outcome: null,
      outcomeNote: null,
    });
    expect(services.casework.inbox({ text: '打招呼' }).map((row) => row.recordId)).toEqual([NOT_ASSESSED]);
  });
});
