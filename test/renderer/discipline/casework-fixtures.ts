import type { Input, Output } from '../../../src-main/contract/index.ts';
import { completeEntry, TEST_PROFILE } from '../../support/dispatch-fixtures.ts';
import { TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { startRealMain, type RealMain } from '../support/real-main.ts';

type PaperRecord = Input<'casework.keyInPaper'>['record'];
type Entry = PaperRecord['entries'][number];

// A discipline body's installation as its screens meet it: the vault created and unlocked, nothing received yet.
export async function startBody(now = '2026-10-15T10:00:00+08:00'): Promise<RealMain> {
  const main = await startRealMain({ now, handler: false, role: 'disciplineBody' });
  await main.value('vault.create', { passphrase: TEST_PASSPHRASE });
  return main;
}

// A paper form filed on 2026-09-30 naming this intervener, keyed in through main.
export function keyInPaper(
  main: RealMain,
  intervener: Partial<Entry['intervener']> = {},
  level: Entry['intervener']['level'] = 'divisionPrincipal',
): Promise<Output<'casework.keyInPaper'>> {
  const entry = completeEntry(level) as Entry;
  return main.value('casework.keyInPaper', {
    record: {
      filedAt: '2026-09-30',
      filer: TEST_PROFILE.name,
      handler: TEST_PROFILE,
      entries: [{ ...entry, intervener: { ...entry.intervener, ...intervener } }],
      status: 'finalized',
      version: 1,
      amendsDigest: null,
      amendmentReason: null,
    },
    paperFingerprint: null,
  });
}
