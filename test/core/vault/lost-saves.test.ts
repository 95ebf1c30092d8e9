import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COUNTER_FILE_SUFFIX } from '../../../src-main/core/vault/commit-counter.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { expectUserError, fileFingerprint, rejectionOf, vaultFile } from './vault-kit.ts';

const CHILD_SCRIPT = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const WAL_HEADER_BYTES = 32;
const CHILD_TIMEOUT_MS = 60_000;

// Issue 10, item 5: a damaged WAL after a crash, or an older copy of the vault file, lost acknowledged saves without
// a word. A side file counts commits; a vault behind it is reported with what is missing, never silently accepted.
describe('saves that were acknowledged and then lost', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let vault: VaultService;
  let path: string;

  beforeEach(async () => {
    temp = makeTempDir('liuhen-lost-');
    path = vaultFile(temp.path);
    vault = makeVault(temp.path);
    await vault.create(TEST_PASSPHRASE);
    recordsOf(vault).createDraft({ text: '第一份' });
  });
  afterEach(() => {
    vault.lock();
    temp.remove();
  });

  it('reports an older copy of the vault file put in its place, and opens it only when the person accepts', async () => {
    vault.lock();
    copyFileSync(path, `${path}.older`);
    await vault.unlock(TEST_PASSPHRASE);
    for (const text of ['第二份', '第三份']) recordsOf(vault).createDraft({ text });
    vault.lock();
    copyFileSync(`${path}.older`, path);
    const before = fileFingerprint(path);

    const error = await rejectionOf(() => vault.unlock(TEST_PASSPHRASE));
    expectUserError(error, 'VAULT_ROLLED_BACK');
    expect((error as Error).message).toContain('最近的保存可能已丢失');
    expect((error as Error).message).toMatch(/少了 \d+ 次保存/);
    expect(fileFingerprint(path)).toEqual(before);

    await vault.unlock(TEST_PASSPHRASE, { acceptRollback: true });
    expect(recordsOf(vault).listLatest()).toHaveLength(1);
    expect(vault.auditTrail().map((entry) => entry.action).slice(-2)).toEqual(['rollbackAccepted', 'unlocked']);
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
  });

  it('reports a missing side file instead of trusting the vault', async () => {
    vault.lock();
    rmSync(`${path}${COUNTER_FILE_SUFFIX}`);
    expectUserError(await rejectionOf(() => vault.unlock(TEST_PASSPHRASE)), 'VAULT_ROLLED_BACK');
    await vault.unlock(TEST_PASSPHRASE, { acceptRollback: true });
    expect(existsSync(`${path}${COUNTER_FILE_SUFFIX}`)).toBe(true);
  });

  it('reports a side file that was edited to a lower count or forged', async () => {
    vault.lock();
    const side = JSON.parse(readFileSync(`${path}${COUNTER_FILE_SUFFIX}`, 'utf8')) as { counter: number };
    writeFileSync(`${path}${COUNTER_FILE_SUFFIX}`, JSON.stringify({ ...side, counter: side.counter + 5 }));
    expectUserError(await rejectionOf(() => vault.unlock(TEST_PASSPHRASE)), 'VAULT_ROLLED_BACK');
  });

  // The kill may land between a commit and its side file: that save was never acknowledged, so losing it is no
  // loss. Either the unlock reports lost saves, or every save the child reported as returned is there.
  it(
    'reports the saves a flipped WAL byte lost after a SIGKILL, never opening silently without an acknowledged one',
    async () => {
      vault.lock();
      const reported = await saveUntilKilled(temp.path);
      expect(reported.length).toBeGreaterThan(3);
      const wal = readFileSync(`${path}-wal`);
      expect(wal.length).toBeGreaterThan(WAL_HEADER_BYTES);
      // A byte near the end: the last frames fail their checksum and SQLite's recovery stops before them.
      wal[wal.length - 100] = (wal[wal.length - 100] as number) ^ 0xff;
      writeFileSync(`${path}-wal`, wal);
      const reopened = makeVault(temp.path);
      const error = await rejectionOf(() => reopened.unlock(TEST_PASSPHRASE));
      if (error) {
        expect(['VAULT_ROLLED_BACK', 'VAULT_CORRUPT', 'ROW_TAMPERED', 'AUDIT_CHAIN_BROKEN']).toContain((error as { code: string }).code);
        return;
      }
      try {
        for (const { recordId, version } of reported) expect(recordsOf(reopened).get(recordId, version).version).toBe(version);
      } finally {
        reopened.lock();
      }
    },
    CHILD_TIMEOUT_MS,
  );
});

// Runs the crash suite's saving child until it has reported a few saves, then kills it: its WAL is not checkpointed.
// Answers the saves it reported as returned.
function saveUntilKilled(dataDir: string): Promise<{ recordId: string; version: number }[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD_SCRIPT, dataDir, 'save'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    const saves = () =>
      stdout
        .split('\n')
        .slice(0, -1)
        .filter((line) => line.startsWith('saved '))
        .map((line) => {
          const [, recordId = '', version = '0'] = line.split(' ');
          return { recordId, version: Number(version) };
        });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (saves().length >= 20) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', () => resolve(saves()));
  });
}
