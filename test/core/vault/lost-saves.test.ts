import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COUNTER_FILE_SUFFIX } from '../../../src-main/core/vault/commit-counter.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, TEST_PASSPHRASE } from '../../support/test-vault.ts';
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
    vault.records().createDraft({ text: '第一份' });
  });
  afterEach(() => {
    vault.lock();
    temp.remove();
  });

  it('reports an older copy of the vault file put in its place, and opens it only when the person accepts', async () => {
    vault.lock();
    copyFileSync(path, `${path}.older`);
    await vault.unlock(TEST_PASSPHRASE);
    for (const text of ['第二份', '第三份']) vault.records().createDraft({ text });
    vault.lock();
    copyFileSync(`${path}.older`, path);
    const before = fileFingerprint(path);

    const error = await rejectionOf(() => vault.unlock(TEST_PASSPHRASE));
    expectUserError(error, 'VAULT_ROLLED_BACK');
    expect((error as Error).message).toContain('最近的保存可能已丢失');
    expect((error as Error).message).toMatch(/少了 \d+ 次保存/);
    expect(fileFingerprint(path)).toEqual(before);

    await vault.unlock(TEST_PASSPHRASE, { acceptRollback: true });
    expect(vault.records().listLatest()).toHaveLength(1);
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

  it(
    'reports the saves a flipped WAL byte lost after a SIGKILL, instead of opening silently without them',
    async () => {
      vault.lock();
      const saved = await saveUntilKilled(temp.path);
      expect(saved).toBeGreaterThan(3);
      const wal = readFileSync(`${path}-wal`);
      expect(wal.length).toBeGreaterThan(WAL_HEADER_BYTES);
      // A byte near the end: the last frames fail their checksum and SQLite's recovery stops before them.
      wal[wal.length - 100] = (wal[wal.length - 100] as number) ^ 0xff;
      writeFileSync(`${path}-wal`, wal);
      const reopened = makeVault(temp.path);
      const error = await rejectionOf(() => reopened.unlock(TEST_PASSPHRASE));
      reopened.lock();
      expect(error, 'the vault opened without the saves the WAL lost').toBeDefined();
      expect(['VAULT_ROLLED_BACK', 'VAULT_CORRUPT', 'ROW_TAMPERED', 'AUDIT_CHAIN_BROKEN']).toContain((error as { code: string }).code);
    },
    CHILD_TIMEOUT_MS,
  );
});

// Runs the crash suite's saving child until it has reported a few saves, then kills it: its WAL is not checkpointed.
function saveUntilKilled(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD_SCRIPT, dataDir, 'save'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let saves = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      saves += chunk.toString().split('\n').filter((line) => line.startsWith('saved ')).length;
      if (saves >= 20) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', () => resolve(saves));
  });
}
