import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyKeysFromSeeds } from '../../src-main/core/exchange/exchange-keys.ts';
import { signCalendarPack } from '../../src-main/core/exchange/signed-calendar-pack.ts';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { call } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices, scriptedDialogs, type ScriptedDialogs } from '../support/test-services.ts';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';
import { UNIT_BODY, sodium } from '../core/exchange/support/exchange-fixtures.ts';

const PACK_2027 = {
  format: 'liuhen-calendar-pack',
  formatVersion: 1,
  title: '2027年部分节假日安排',
  source: '国务院办公厅通知（测试数据）',
  years: [2027],
  holidays: [{ date: '2027-01-01', name: '元旦' }],
  adjustedWorkdays: [],
};
const OTHER_2027 = { ...PACK_2027, title: '2027年（另一版本）', holidays: [...PACK_2027.holidays, { date: '2027-01-04', name: '元旦' }] };

let temp: ReturnType<typeof makeTempDir>;
let dialogs: ScriptedDialogs;
let dispatch: Dispatch;

function file(name: string, text: string): string {
  const path = join(temp.path, name);
  writeFileSync(path, text);
  return path;
}

beforeEach(async () => {
  temp = makeTempDir('liuhen-unsigned-pack-');
  dialogs = scriptedDialogs();
  dispatch = dispatchWithOutputCheck(makeServices(join(temp.path, 'data'), undefined, dialogs));
  await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
});
afterEach(async () => {
  await dispatch('vault.lock', {});
  temp.remove();
});

// An unsigned pack could carry any holidays, and a wrong holiday moves every 5-working-day deadline: main takes
// one only when the person confirmed the risk the page named, and never over a signed pack that disagrees.
describe('calendar.importPack, an unsigned pack', () => {
  it('is refused without the confirmation, before any file is chosen, and the calendar is unchanged', async () => {
    dialogs.openPaths.push(file('pack.json', JSON.stringify(PACK_2027)));
    for (const input of [{}, { acceptUnsignedRisk: false }]) {
      expect(await dispatch('calendar.importPack', input)).toEqual({
        ok: false,
        error: { code: 'CALENDAR_PACK_UNSIGNED', message: expect.stringContaining('须先确认了解其风险') as unknown },
      });
    }
    expect(dialogs.openPaths).toHaveLength(1);
    expect((await call(dispatch, 'calendar.coverage', {})).importedYears).toEqual([]);
  });

  it('is imported once the risk is confirmed', async () => {
    dialogs.openPaths.push(file('pack.json', JSON.stringify(PACK_2027)));
    const result = await call(dispatch, 'calendar.importPack', { acceptUnsignedRisk: true });
    expect(result).toMatchObject({ done: true, coverage: { importedYears: [2027] } });
  });

  it('is refused when a signed pack for the same year says otherwise, naming the signer', async () => {
    const unit = bodyKeysFromSeeds(sodium, UNIT_BODY, new Uint8Array(32).fill(11), new Uint8Array(32).fill(12));
    dialogs.openPaths.push(file('key.json', unit.keyFileText));
    await call(dispatch, 'exchange.chooseKeyFile', {});
    await call(dispatch, 'exchange.trustKeyFile', { typedFingerprint: unit.fingerprint });
    dialogs.openPaths.push(file('signed.json', signCalendarPack(sodium, unit, PACK_2027, 1, new Date('2026-12-01T00:00:00Z'))));
    await call(dispatch, 'calendar.importSignedPack', {});
    dialogs.openPaths.push(file('unsigned.json', JSON.stringify(OTHER_2027)));
    expect(await dispatch('calendar.importPack', { acceptUnsignedRisk: true })).toMatchObject({
      ok: false,
      error: { code: 'EXCHANGE_FILE_REFUSED', message: expect.stringMatching(/某省通信管理局纪检组.*未签名的日历包/) as unknown },
    });
    expect((await call(dispatch, 'calendar.coverage', {})).importedTitles).toEqual([PACK_2027.title]);
  });

  it('is refused whole when malformed, naming the problem', async () => {
    dialogs.openPaths.push(file('bad.json', JSON.stringify({ ...PACK_2027, years: 'next' })));
    expect(await dispatch('calendar.importPack', { acceptUnsignedRisk: true })).toMatchObject({ ok: false, error: { code: 'CALENDAR_PACK_INVALID' } });
  });
});
