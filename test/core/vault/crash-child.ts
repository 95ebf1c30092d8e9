// Run by crash.test.ts as a separate Node process (Node runs this TypeScript directly): it saves records into a
// vault as fast as it can and reports every save that returned, until the parent kills it with SIGKILL.
//
//   node crash-child.ts <dataDir> save     unlock the vault at the test cost and save in a loop
//   node crash-child.ts <dataDir> create   create a vault at the default (slow) cost, then wait to be killed
//   node crash-child.ts <dataDir> rotate   unlock with either test passphrase and change it back and forth in a loop
//   node crash-child.ts <dataDir> move     unlock the copy of fixture v2 there (its first unlock moves its rows), then wait
//
// Lines on stdout, each written synchronously once the call has returned:
//   ready
//   saved <recordId> <version> <status> <digest or -> <content seq>
//   created
//   rotated <passphrase index now in force>
import { randomBytes } from 'node:crypto';
import { readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../../../src-main/core/clock.ts';
import type { StoredVersion } from '../../../src-main/core/records/record-versions.ts';
import { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { recordsOf, rotationPassphrase, TEST_KDF, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { STORED_KINDS } from '../../../src-main/core/stored-kinds.ts';

const MAX_SAVES = 1_000_000;

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

function pick<T>(items: T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)];
}

function seqOf(version: StoredVersion): number {
  return (version.content as { seq: number }).seq;
}

async function saveForever(dataDir: string): Promise<void> {
  const vault = new VaultService({
    kinds: STORED_KINDS,
    dataDir,
    clock: systemClock,
    random: (length) => new Uint8Array(randomBytes(length)),
    kdfCost: TEST_KDF,
  });
  await vault.unlock(TEST_PASSPHRASE);
  const store = recordsOf(vault);
  const latest = new Map(store.listLatest().map((version) => [version.recordId, version]));
  let seq = Math.max(0, ...[...latest.values()].map(seqOf));
  say('ready');

  for (let saves = 0; saves < MAX_SAVES; saves += 1) {
    seq += 1;
    const drafts = [...latest.values()].filter((version) => version.status === 'draft');
    const finalized = [...latest.values()].filter((version) => version.status === 'finalized');
    const roll = Math.random();
    let saved: StoredVersion;
    const draft = pick(drafts);
    const done = pick(finalized);
    if (roll < 0.25 || !draft) {
      saved = store.createDraft({ seq, text: `第 ${seq} 份记录`, filler: 'x'.repeat(Math.floor(Math.random() * 2000)) });
    } else if (roll < 0.6) {
      saved = store.saveDraft(draft.recordId, { seq, text: `第 ${seq} 次保存` });
    } else if (roll < 0.85 || !done) {
      saved = store.finalize(draft.recordId);
    } else {
      saved = store.amend(done.recordId, `第 ${seq} 次修订`);
    }
    say(`saved ${saved.recordId} ${saved.version} ${saved.status} ${saved.digest ?? '-'} ${seqOf(saved)}`);
    latest.set(saved.recordId, saved);
  }
  vault.lock();
}

async function createSlowly(dataDir: string): Promise<void> {
  const vault = new VaultService({ kinds: STORED_KINDS, dataDir, clock: systemClock, random: (length) => new Uint8Array(randomBytes(length)) });
  await vault.create(TEST_PASSPHRASE);
  say('created');
  // Waits for the parent's SIGKILL with the vault still open.
  setInterval(() => undefined, 1_000);
}

// Every change of passphrase rotates the vault key and re-encrypts every row: a kill anywhere in it must leave the
// vault opening with the old passphrase or the new one, never neither.
async function rotateForever(dataDir: string): Promise<void> {
  const vault = new VaultService({ kinds: STORED_KINDS, dataDir, clock: systemClock, random: (length) => new Uint8Array(randomBytes(length)), kdfCost: TEST_KDF });
  let current = 0;
  try {
    await vault.unlock(rotationPassphrase(0));
  } catch {
    current = 1;
    await vault.unlock(rotationPassphrase(1));
  }
  say('ready');
  for (let rotations = 0; rotations < MAX_SAVES; rotations += 1) {
    const next = 1 - current;
    await vault.changePassphrase(rotationPassphrase(current), rotationPassphrase(next));
    current = next;
    say(`rotated ${current}`);
  }
}

// The fixture's first unlock moves every row of the older layout in one transaction: a kill anywhere in it must
// leave the vault opening in one layout or the other, every record intact.
async function moveOnce(dataDir: string): Promise<void> {
  const { passphrase } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'vaults', 'v2', 'expected.json'), 'utf8')) as { passphrase: string };
  const vault = new VaultService({ kinds: STORED_KINDS, dataDir, clock: systemClock, random: (length) => new Uint8Array(randomBytes(length)) });
  await vault.unlock(passphrase);
  say('ready');
  setInterval(() => undefined, 1_000);
}

const MODES: Record<string, (dataDir: string) => Promise<void>> = { save: saveForever, create: createSlowly, rotate: rotateForever, move: moveOnce };
const [dataDir, mode = 'save'] = process.argv.slice(2);
const run = MODES[mode];
if (!dataDir || !run) throw new Error('usage: crash-child.ts <dataDir> save|create|rotate|move');
await run(dataDir);
