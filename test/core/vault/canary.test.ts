import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { fakeClock, makeVault, recordsOf } from '../../support/test-vault.ts';
import { expectUserError, randomHex, rejectionOf, saveProfile, SIDE_FILE_SUFFIXES, vaultFile } from './vault-kit.ts';

// Nothing a person types may reach the disk readable: every field of every record, the profile, an amendment
// reason, a note, the passphrase, a wrong passphrase and the recovery key each carry a unique canary, and then the
// raw bytes of the database, its WAL, shm and journal, the data folder and every new file in the temp folders are
// searched for each canary, as UTF-8 and as UTF-16LE.

const CHINESE_CORE = '金丝雀甲乙丙';
const RARE_CORE = '𠮷䶮龘';

let temp: ReturnType<typeof makeTempDir>;
let vault: VaultService | undefined;
const canaries = new Map<string, string>();

function ascii(label: string): string {
  const value = `CANARY-${label}-${randomHex()}`;
  canaries.set(label, value);
  return value;
}

function chinese(label: string): string {
  const value = `${CHINESE_CORE}${label}${randomHex(4)}`;
  canaries.set(label, value);
  return value;
}

function rare(label: string): string {
  const value = `${RARE_CORE}${label}${randomHex(4)}`;
  canaries.set(label, value);
  return value;
}

// A record whose every field, nested ones included, is a canary named after where it sits.
function canaryContent(prefix: string): Record<string, unknown> {
  return {
    handlerName: chinese(`${prefix}.handlerName`),
    unit: ascii(`${prefix}.unit`),
    matter: rare(`${prefix}.matter`),
    intervention: { who: chinese(`${prefix}.who`), how: ascii(`${prefix}.how`) },
    entries: [ascii(`${prefix}.entry0`), rare(`${prefix}.entry1`)],
  };
}

// Every canary and the bare Chinese and rare-character stems, in both encodings.
function needles(): { label: string; encoding: string; bytes: Buffer }[] {
  const all = [...canaries.entries(), ['chinese stem', CHINESE_CORE] as const, ['rare stem', RARE_CORE] as const];
  return all.flatMap(([label, value]) =>
    (['utf8', 'utf16le'] as const).map((encoding) => ({ label, encoding, bytes: Buffer.from(value, encoding) })),
  );
}

function filesUnder(path: string): string[] {
  try {
    const stat = statSync(path);
    if (stat.isFile()) return [path];
    if (!stat.isDirectory()) return [];
    return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
  } catch {
    // Another test's temp folder may vanish while it is walked.
    return [];
  }
}

function leaksIn(files: string[]): string[] {
  const found = needles();
  return files.flatMap((file) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return [];
    }
    return found.filter((needle) => bytes.includes(needle.bytes)).map((needle) => `${file}: ${needle.label} (${needle.encoding})`);
  });
}

// Where SQLite (unix VFS) and Node put temporary files.
function tempRoots(): string[] {
  const roots = [tmpdir(), process.env.SQLITE_TMPDIR, process.env.TMPDIR, '/var/tmp', '/usr/tmp', '/tmp'];
  return [...new Set(roots.filter((root): root is string => root !== undefined && existsSync(root)))];
}

function listTempRoots(): Set<string> {
  return new Set(tempRoots().flatMap((root) => readdirSync(root).map((name) => join(root, name))));
}

let tempBefore: Set<string>;

beforeEach(() => {
  tempBefore = listTempRoots();
  temp = makeTempDir('liuhen-canary-');
  canaries.clear();
});
afterEach(() => {
  vault?.lock();
  temp.remove();
});

describe('the canary test', () => {
  it('finds no canary in the database, its WAL, shm or journal, the data folder or the temp folders', async () => {
    const dataDir = join(temp.path, 'data');
    const path = vaultFile(dataDir);
    mkdirSync(dataDir);
    const opened = makeVault(dataDir, fakeClock());
    vault = opened;

    const passphrase = `${ascii('passphrase')}-口令`;
    const { recoveryKey } = await opened.create(passphrase);
    canaries.set('recovery key', recoveryKey);
    canaries.set('recovery key, ungrouped', recoveryKey.replaceAll('-', ''));

    saveProfile(opened, {
      name: chinese('profile.name'),
      unit: rare('profile.unit'),
      post: ascii('profile.post'),
      duty: { scope: chinese('profile.dutyScope') },
    });
    opened.saveSettings({ autoLockMinutes: 17 });

    const store = recordsOf(opened);
    const draft = store.createDraft(canaryContent('draft.v1.first'));
    store.saveDraft(draft.recordId, canaryContent('draft.v1.saved'));

    const finalized = store.createDraft(canaryContent('finalized.v1'));
    store.finalize(finalized.recordId);

    const amended = store.createDraft(canaryContent('amended.v1'));
    store.finalize(amended.recordId);
    store.amend(amended.recordId, chinese('amendment reason'));
    store.saveDraft(amended.recordId, canaryContent('amended.v2'));

    const deleted = store.createDraft(canaryContent('deleted draft'));
    store.deleteDraft(deleted.recordId);

    opened.recordAction('recordExported', { recordId: finalized.recordId, version: 1 }, ascii('export note'));
    await opened.backup(join(dataDir, 'backup.liuhen-backup'));

    // While unlocked, the WAL holds every change made so far.
    const walWhileUnlocked = `${path}-wal`;
    expect(existsSync(walWhileUnlocked)).toBe(true);
    expect(statSync(walWhileUnlocked).size).toBeGreaterThan(0);
    const unlockedFiles = ['', ...SIDE_FILE_SUFFIXES].map((suffix) => `${path}${suffix}`).filter((file) => existsSync(file));
    console.info(`canary test: vault files present while unlocked: ${unlockedFiles.map((file) => file.slice(dataDir.length + 1)).join(', ')}`);
    expect(leaksIn(unlockedFiles)).toEqual([]);

    opened.lock();
    const wrongPassphrase = `${ascii('wrong passphrase')}-错`;
    expectUserError(await rejectionOf(() => opened.unlock(wrongPassphrase)), 'WRONG_PASSPHRASE');
    await opened.unlock(passphrase);
    expect(opened.auditTrail().map((entry) => entry.action)).toContain('unlockFailed');
    expect(recordsOf(opened).get(amended.recordId).content).toEqual(expect.objectContaining({ unit: canaries.get('amended.v2.unit') }));
    opened.lock();

    const existing = ['', ...SIDE_FILE_SUFFIXES].map((suffix) => `${path}${suffix}`).filter((file) => existsSync(file));
    console.info(`canary test: vault files present after lock: ${existing.map((file) => file.slice(dataDir.length + 1)).join(', ')}`);
    expect(existing).toContain(path);

    const dataFiles = filesUnder(temp.path);
    expect(dataFiles).toEqual(expect.arrayContaining([path, join(dataDir, 'backup.liuhen-backup')]));
    expect(leaksIn(dataFiles)).toEqual([]);

    const newTempEntries = [...listTempRoots()].filter((entry) => !tempBefore.has(entry));
    expect(newTempEntries).toContain(temp.path);
    expect(leaksIn(newTempEntries.flatMap(filesUnder))).toEqual([]);

    // The search itself works: canaries written in plain text on purpose are found, in either encoding.
    const control = join(temp.path, 'control.txt');
    writeFileSync(control, Buffer.concat([Buffer.from(`x${canaries.get('export note') ?? ''}x`, 'utf16le'), Buffer.from(RARE_CORE)]));
    expect(leaksIn([control])).toEqual([`${control}: export note (utf16le)`, `${control}: rare stem (utf8)`]);
  });
});
