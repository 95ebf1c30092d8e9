import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src-main/core/services.ts';
import { dispatchFor, type Dispatch } from '../../../src-main/dispatch/index.ts';
import type { BodyIdentity } from '../../../src-main/shared/exchange/exchange-body.ts';
import { formatFingerprint } from '../../../src-main/shared/form/fingerprint-text.ts';
import { call, completeEntry, createHandlerVault, draftWithEntries } from '../../support/dispatch-fixtures.ts';
import { makeServices } from '../../support/test-services.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { TEST_PASSPHRASE, fakeClock } from '../../support/test-vault.ts';

let temp: ReturnType<typeof makeTempDir>;
const folder = (name: string) => {
  const path = join(temp.path, name);
  mkdirSync(path, { recursive: true });
  return path;
};

async function bodyInstallation(dataDir: string, identity: BodyIdentity): Promise<{ services: Services; keyFile: string; fingerprint: string }> {
  const services = makeServices(dataDir);
  await services.vault.create(TEST_PASSPHRASE, 'disciplineBody');
  const { fingerprint } = await services.exchangeKeys.setUpBody(identity);
  const keyFile = join(folder('keys'), `${fingerprint.slice(0, 8)}.json`);
  writeFileSync(keyFile, (await services.exchangeKeys.bodyKeys()).keyFileText);
  return { services, keyFile, fingerprint };
}

// A handler installation with one finalized record, over the real dispatch.
async function handlerWithRecord(dataDir: string): Promise<{ services: Services; dispatch: Dispatch; recordId: string }> {
  const services = makeServices(dataDir, fakeClock('2026-10-09T09:00:00+08:00'));
  const dispatch = dispatchFor(services, { role: 'handler' });
  await createHandlerVault(dispatch);
  const recordId = await draftWithEntries(dispatch, [completeEntry('departmentDeputy')]);
  await call(dispatch, 'record.finalize', { recordId });
  return { services, dispatch, recordId };
}

const UNIT_BODY: BodyIdentity = { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' };
const STATIONED_GROUP: BodyIdentity = { kind: '驻部纪检监察组', unit: '工业和信息化部', name: '驻部纪检监察组' };

beforeEach(() => {
  temp = makeTempDir('liuhen-two-');
});
afterEach(() => temp.remove());

describe('two installations exchanging a record', () => {
  it('key file → compared → record → export → import folder → receipt → 已签收', async () => {
    const body = await bodyInstallation(join(temp.path, 'body'), UNIT_BODY);
    const handler = await handlerWithRecord(join(temp.path, 'handler'));

    await expect(handler.services.exchangeKeys.trustKeyFile(body.keyFile, '0'.repeat(64))).rejects.toMatchObject({ code: 'KEY_FINGERPRINT_MISMATCH' });
    const trusted = await handler.services.exchangeKeys.trustKeyFile(body.keyFile, formatFingerprint(body.fingerprint));
    expect(trusted.body).toEqual(UNIT_BODY);

    const stick = folder('stick');
    const [exported] = await handler.services.exports.exportRecord(handler.recordId, [body.fingerprint], stick);
    expect(exported?.fileName).toMatch(/^[0-9a-f]{24}\.liuhen$/);
    expect(readdirSync(stick)).toEqual([exported?.fileName]);
    const detail = handler.services.records.detail(handler.recordId);

    const [report] = await body.services.intake.importFolder(stick);
    expect(report).toMatchObject({ outcome: 'imported', recordId: handler.recordId, version: 1 });
    const [received] = body.services.intake.list();
    expect(received).toMatchObject({ fingerprint: detail.digest, paperCheckedAt: null });

    const receiptPath = join(folder('back'), 'receipt.json');
    await body.services.receipts.exportReceipt(received?.fileDigest ?? '', receiptPath);
    const signed = await handler.services.receipts.importReceipt(receiptPath);
    expect(signed).toMatchObject({ bodyName: '某省通信管理局纪检组', receipt: { recordId: handler.recordId, fingerprint: detail.digest } });
    expect(handler.services.receipts.receiptsFor(handler.recordId)).toHaveLength(1);
    expect(handler.services.vault.auditTrail().map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['keyFileTrusted', 'recordExported', 'receiptImported']),
    );
  });

  it('forwards a record body to body with both signatures verified, logged on both sides', async () => {
    const unit = await bodyInstallation(join(temp.path, 'unit'), UNIT_BODY);
    const group = await bodyInstallation(join(temp.path, 'group'), STATIONED_GROUP);
    const handler = await handlerWithRecord(join(temp.path, 'handler'));
    await handler.services.exchangeKeys.trustKeyFile(unit.keyFile, unit.fingerprint);
    await unit.services.exchangeKeys.trustKeyFile(group.keyFile, group.fingerprint);
    await group.services.exchangeKeys.trustKeyFile(unit.keyFile, unit.fingerprint);

    await handler.services.exports.exportRecord(handler.recordId, [unit.fingerprint], folder('to-unit'));
    await unit.services.intake.importFolder(folder('to-unit'));
    const [received] = unit.services.intake.list();
    const forwardPath = join(folder('to-group'), 'forward.liuhen');
    await unit.services.forwarding.forward(received?.fileDigest ?? '', group.fingerprint, '干预人为司局级干部，按第九条报送', forwardPath);

    const [report] = await group.services.intake.importFolder(folder('to-group'));
    expect(report).toMatchObject({ outcome: 'imported', recordId: handler.recordId });
    expect(group.services.intake.list()[0]?.forwardedBy).toMatchObject({ fingerprint: unit.fingerprint, name: '某省通信管理局纪检组' });
    expect(unit.services.vault.auditTrail().map((entry) => entry.action)).toContain('recordForwarded');
    expect(group.services.vault.auditTrail().map((entry) => entry.action)).toContain('recordImported');
  });

  it('refuses a receipt for another record', async () => {
    const body = await bodyInstallation(join(temp.path, 'body'), UNIT_BODY);
    const first = await handlerWithRecord(join(temp.path, 'first'));
    const second = await handlerWithRecord(join(temp.path, 'second'));
    for (const handler of [first, second]) await handler.services.exchangeKeys.trustKeyFile(body.keyFile, body.fingerprint);
    await first.services.exports.exportRecord(first.recordId, [body.fingerprint], folder('stick'));
    await body.services.intake.importFolder(folder('stick'));
    const receiptPath = join(folder('back'), 'receipt.json');
    await body.services.receipts.exportReceipt(body.services.intake.list()[0]?.fileDigest ?? '', receiptPath);
    await expect(second.services.receipts.importReceipt(receiptPath)).rejects.toMatchObject({
      code: 'EXCHANGE_FILE_REFUSED',
      message: expect.stringContaining('另一份记录表') as unknown,
    });
    expect(second.services.receipts.receiptsFor(first.recordId)).toEqual([]);
  });
});
