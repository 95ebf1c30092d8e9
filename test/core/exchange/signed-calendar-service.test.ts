import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyKeysFromSeeds, type BodyKeys } from '../../../src-main/core/exchange/exchange-keys.ts';
import { signCalendarPack } from '../../../src-main/core/exchange/signed-calendar-pack.ts';
import type { Services } from '../../../src-main/core/services.ts';
import { makeServices } from '../../support/test-services.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { STATIONED_GROUP, UNIT_BODY, sodium } from './support/exchange-fixtures.ts';

const PACK_2027 = {
  format: 'liuhen-calendar-pack',
  formatVersion: 1,
  title: '2027年部分节假日安排',
  source: '国务院办公厅通知（测试数据）',
  years: [2027],
  holidays: [{ date: '2027-01-01', name: '元旦' }],
  adjustedWorkdays: [],
};
const OTHER_2027 = { ...PACK_2027, holidays: [...PACK_2027.holidays, { date: '2027-01-04', name: '元旦' }] };
const SIGNED_AT = new Date('2026-12-01T00:00:00.000Z');

let temp: ReturnType<typeof makeTempDir>;
let services: Services;
const unit = bodyKeysFromSeeds(sodium, UNIT_BODY, new Uint8Array(32).fill(11), new Uint8Array(32).fill(12));
const group = bodyKeysFromSeeds(sodium, STATIONED_GROUP, new Uint8Array(32).fill(13), new Uint8Array(32).fill(14));

function file(name: string, text: string): string {
  const path = join(temp.path, name);
  writeFileSync(path, text);
  return path;
}

async function trust(keys: BodyKeys): Promise<void> {
  await services.exchangeKeys.trustKeyFile(file(`${keys.fingerprint}.json`, keys.keyFileText), keys.fingerprint);
}

beforeEach(async () => {
  temp = makeTempDir('liuhen-signed-calendar-');
  services = makeServices(join(temp.path, 'data'));
  await services.vault.create(TEST_PASSPHRASE);
});
afterEach(() => {
  services.vault.lock();
  temp.remove();
});

describe('importing a signed calendar pack on a handler’s machine', () => {
  it('takes a pack signed by a checked body in one step, and the calendar covers its year', async () => {
    await trust(unit);
    const coverage = await services.signedCalendar.importSigned(file('pack.json', signCalendarPack(sodium, unit, PACK_2027, 1, SIGNED_AT)));
    expect(coverage.importedYears).toContain(2027);
  });

  it('refuses a pack from a body whose key was never checked, and changes nothing', async () => {
    await expect(services.signedCalendar.importSigned(file('pack.json', signCalendarPack(sodium, unit, PACK_2027, 1, SIGNED_AT)))).rejects.toMatchObject({
      code: 'EXCHANGE_FILE_REFUSED',
      message: expect.stringContaining('不在本机已核对的公钥中') as unknown,
    });
    expect(services.calendar.coverage().importedYears).toEqual([]);
  });

  it('refuses a second signer’s pack that disagrees, naming both signers', async () => {
    await trust(unit);
    await trust(group);
    await services.signedCalendar.importSigned(file('a.json', signCalendarPack(sodium, unit, PACK_2027, 1, SIGNED_AT)));
    const conflict = services.signedCalendar.importSigned(file('b.json', signCalendarPack(sodium, group, OTHER_2027, 1, SIGNED_AT)));
    await expect(conflict).rejects.toMatchObject({ message: expect.stringMatching(/某省通信管理局纪检组.*工业和信息化部驻部纪检监察组/) as unknown });
  });

  it('takes a signer’s newer pack and refuses its older one', async () => {
    await trust(unit);
    await services.signedCalendar.importSigned(file('v2.json', signCalendarPack(sodium, unit, OTHER_2027, 2, SIGNED_AT)));
    await expect(services.signedCalendar.importSigned(file('v1.json', signCalendarPack(sodium, unit, PACK_2027, 1, SIGNED_AT)))).rejects.toMatchObject({
      message: expect.stringContaining('序号') as unknown,
    });
  });
});
