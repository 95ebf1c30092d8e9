import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices, scriptedDialogs } from '../support/test-services.ts';
import { TEST_PASSPHRASE } from '../support/test-vault.ts';

const PACK_2027 = {
  format: 'liuhen-calendar-pack',
  formatVersion: 1,
  title: '2027年部分节假日安排',
  source: '国务院办公厅通知（测试数据）',
  years: [2027],
  holidays: [{ date: '2027-01-01', name: '元旦' }],
  adjustedWorkdays: [],
};

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('liuhen-sign-pack-');
});
afterEach(() => temp.remove());

function installation(name: string, role: 'handler' | 'disciplineBody') {
  const dialogs = scriptedDialogs();
  return { dispatch: dispatchWithOutputCheck(makeServices(join(temp.path, name), undefined, dialogs), role), dialogs };
}
const file = (name: string, text: string) => {
  const path = join(temp.path, name);
  writeFileSync(path, text);
  return path;
};

async function bodyWithKeys() {
  const body = installation('body', 'disciplineBody');
  await call(body.dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE, role: 'disciplineBody' });
  const own = await call(body.dispatch, 'body.setUp', { identity: { kind: '部直属机关纪委', unit: '工业和信息化部', name: '直属机关纪委' } });
  return { ...body, own };
}

// The body signs next year's holidays once; every handler who checked its key then takes the pack in one step.
describe('body.signCalendarPack', () => {
  it('signs a pack that a handler who checked the body’s key imports in one step', async () => {
    const body = await bodyWithKeys();
    const signed = join(temp.path, 'signed.json');
    body.dialogs.openPaths.push(file('pack.json', JSON.stringify(PACK_2027)));
    body.dialogs.savePaths.push(signed);
    expect(await call(body.dispatch, 'body.signCalendarPack', { sequence: 1 })).toEqual({ done: true, path: signed });
    expect(await call(body.dispatch, 'audit.list', {})).toContainEqual(
      expect.objectContaining({ action: 'calendarPackSigned', actionLabel: '签发日历包', note: '2027年部分节假日安排，序号1' }),
    );

    const keyFile = join(temp.path, 'key.json');
    body.dialogs.savePaths.push(keyFile);
    await call(body.dispatch, 'body.saveKeyFile', {});
    const handler = installation('handler', 'handler');
    await call(handler.dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
    handler.dialogs.openPaths.push(keyFile);
    await call(handler.dispatch, 'exchange.chooseKeyFile', {});
    await call(handler.dispatch, 'exchange.trustKeyFile', { typedFingerprint: body.own.fingerprint });
    handler.dialogs.openPaths.push(signed);
    expect(await call(handler.dispatch, 'calendar.importSignedPack', {})).toMatchObject({ done: true, coverage: { importedYears: [2027] } });
  });

  it('refuses a sequence that is not a positive whole number, before any dialog', async () => {
    const body = await bodyWithKeys();
    body.dialogs.openPaths.push(file('pack.json', JSON.stringify(PACK_2027)));
    for (const sequence of [0, 1.5, -3, 10_000]) {
      expect(await body.dispatch('body.signCalendarPack', { sequence })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/序号/) as unknown } });
    }
    expect(body.dialogs.openPaths).toHaveLength(1);
  });

  it('refuses a malformed pack whole, naming the problem, and writes no signed file', async () => {
    const body = await bodyWithKeys();
    const signed = join(temp.path, 'signed.json');
    body.dialogs.openPaths.push(file('bad.json', JSON.stringify({ ...PACK_2027, holidays: [{ date: '2027-02-30', name: '元旦' }] })));
    body.dialogs.savePaths.push(signed);
    expect(await body.dispatch('body.signCalendarPack', { sequence: 1 })).toMatchObject({ ok: false, error: { code: 'CALENDAR_PACK_INVALID' } });
    expect(existsSync(signed)).toBe(false);
  });

  it('asks a body without keys to set them up first', async () => {
    const body = installation('body', 'disciplineBody');
    await call(body.dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE, role: 'disciplineBody' });
    expect(await body.dispatch('body.signCalendarPack', { sequence: 1 })).toMatchObject({ ok: false, error: { code: 'EXCHANGE_KEYS_MISSING' } });
  });
});
