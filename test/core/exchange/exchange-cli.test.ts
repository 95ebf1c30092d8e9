import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFonts } from '../../../src-main/core/pdf/fonts/bundled-fonts.ts';
import { createServices, type Services } from '../../../src-main/core/services.ts';
import { dispatchFor } from '../../../src-main/dispatch/index.ts';
import { call, completeEntry, createHandlerVault, draftWithEntries } from '../../support/dispatch-fixtures.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { scriptedDialogs, recordingPrinter } from '../../support/test-services.ts';
import { TEST_PASSPHRASE } from '../../support/test-vault.ts';

// The CLI opens vaults at the production key-derivation cost (it refuses a weaker header), so these vaults are
// made at that cost too: a few seconds in all, once for the whole file.
const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { liuhen: string } }).bin.liuhen);

function liuhen(passphrase: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input: `${passphrase}\n` });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function productionServices(dataDir: string): Services {
  return createServices({
    dataDir,
    appVersion: 'test',
    clock: { now: () => new Date('2026-10-09T01:00:00Z') },
    random: (length) => new Uint8Array(randomBytes(length)),
    dialogs: scriptedDialogs(),
    printer: recordingPrinter(),
    fonts: bundledFonts,
  });
}

let temp: ReturnType<typeof makeTempDir>;
let dirs: { body: string; handler: string; stick: string; keyFile: string };
let bodyFingerprint: string;
let recordId: string;

beforeAll(async () => {
  temp = makeTempDir('liuhen-exchange-cli-');
  dirs = { body: join(temp.path, 'body'), handler: join(temp.path, 'handler'), stick: join(temp.path, 'stick'), keyFile: join(temp.path, 'key.json') };
  mkdirSync(dirs.stick);
  const body = productionServices(dirs.body);
  await body.vault.create(TEST_PASSPHRASE, 'disciplineBody');
  bodyFingerprint = (await body.exchangeKeys.setUpBody({ kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' })).fingerprint;
  writeFileSync(dirs.keyFile, (await body.exchangeKeys.bodyKeys()).keyFileText);
  body.vault.lock();
  const handler = productionServices(dirs.handler);
  const dispatch = dispatchFor(handler, { role: 'handler' });
  await createHandlerVault(dispatch);
  recordId = await draftWithEntries(dispatch, [completeEntry('departmentDeputy')]);
  await call(dispatch, 'record.finalize', { recordId });
  handler.vault.lock();
}, 120_000);
afterAll(() => temp.remove());

describe('liuhen keys, export, verify, import and receipt', () => {
  it('carry a record from the handler’s vault to the body’s and the receipt back, passphrase from stdin', () => {
    const wrongFingerprint = liuhen(TEST_PASSPHRASE, 'keys', '--data', dirs.handler, '--trust', dirs.keyFile, '--fingerprint', '0'.repeat(64));
    expect(wrongFingerprint.status).toBe(1);
    expect(wrongFingerprint.stderr).toContain('指纹与公钥文件的指纹不一致');

    const trusted = liuhen(TEST_PASSPHRASE, 'keys', '--data', dirs.handler, '--trust', dirs.keyFile, '--fingerprint', bodyFingerprint);
    expect(trusted.stderr).toBe('');
    expect(trusted.status).toBe(0);

    const exported = liuhen(TEST_PASSPHRASE, 'export', '--data', dirs.handler, recordId, '--to', bodyFingerprint, '-o', dirs.stick);
    expect(exported.status).toBe(0);
    const [file] = readdirSync(dirs.stick);
    expect(file).toMatch(/^[0-9a-f]{24}\.liuhen$/);

    const verified = liuhen(TEST_PASSPHRASE, 'verify', '--data', dirs.body, join(dirs.stick, file ?? ''));
    expect(verified.status).toBe(0);
    expect(verified.stdout).toContain(`记录编号 ${recordId} 第1版`);

    const imported = liuhen(TEST_PASSPHRASE, 'import', '--data', dirs.body, dirs.stick);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('导入1个');
    const digest = /文件摘要 ([0-9a-f]{64})/.exec(imported.stdout)?.[1] ?? '';
    expect(liuhen(TEST_PASSPHRASE, 'import', '--data', dirs.body, dirs.stick).stdout).toContain('跳过1个');

    const receiptPath = join(temp.path, 'receipt.json');
    expect(liuhen(TEST_PASSPHRASE, 'receipt', '--data', dirs.body, digest, '-o', receiptPath).status).toBe(0);
    const signed = liuhen(TEST_PASSPHRASE, 'receipt', '--data', dirs.handler, '--import', receiptPath);
    expect(signed.status).toBe(0);
    expect(signed.stdout).toContain('已签收：某省通信管理局纪检组');
  }, 120_000);

  it('answers a wrong passphrase, a missing data folder and a bad file each with its own exit code and message', () => {
    const wrong = liuhen('不是这个口令 wrong 2026', 'keys', '--data', dirs.body);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('口令不正确');
    const usage = liuhen(TEST_PASSPHRASE, 'import', dirs.stick);
    expect(usage.status).toBe(64);
    expect(usage.stderr).toContain('--data');
    const junk = join(temp.path, 'junk.liuhen');
    writeFileSync(junk, '不是加密文件');
    const bad = liuhen(TEST_PASSPHRASE, 'verify', '--data', dirs.body, junk);
    expect(bad.status).toBe(65);
    expect(bad.stdout).toContain('不是留痕的交换文件');
  }, 120_000);
});
