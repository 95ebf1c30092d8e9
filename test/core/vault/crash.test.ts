import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredVersion } from '../../../src-main/core/records/record-versions.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { fakeClock, makeVault, recordsOf, rotationPassphrase, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import { FIXTURE_V2, rejectionOf, vaultFile, withRawDb } from './vault-kit.ts';
import { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { STORED_KINDS } from '../../../src-main/core/stored-kinds.ts';
import { randomBytes } from 'node:crypto';

// A child process saves records as fast as it can and is killed with SIGKILL at random moments, over and over,
// on the same vault. After every kill the vault must open (audit chain and row set valid) and hold every save the
// child reported as returned, at least in the state it reported.

const CHILD_SCRIPT = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const KILLS = 24;
const ROTATION_KILLS = 12;
const ROTATION_RECORDS = 40;
const MOVE_KILLS = 8;
// Each kill is followed by an unlock at the default Argon2id cost, in the child and again in the test.
const MOVE_TIMEOUT_MS = 300_000;
// Larger than what the schema migration before the key derivation writes, smaller than the move's commit.
const MOVE_WAL_BYTES = 64 * 1024;
const CRASH_TIMEOUT_MS = 120_000;
const STATUS_RANK = { draft: 0, finalized: 1 } as const;

interface SaveLine {
  recordId: string;
  version: number;
  status: 'draft' | 'finalized';
  digest: string | null;
  seq: number;
}

interface ChildRun {
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

let temp: ReturnType<typeof makeTempDir>;

function byId(a: StoredVersion, b: StoredVersion): number {
  return a.recordId.localeCompare(b.recordId);
}

beforeEach(() => {
  temp = makeTempDir('liuhen-crash-');
});
afterEach(() => {
  temp.remove();
});

// Starts the child and kills it `delayMs` after it starts (`spawn`) or after it has unlocked (`ready`), or as soon
// as `killWhen` says so. Only complete lines count: a line cut by the kill was never fully reported.
function runChild(
  mode: 'save' | 'create' | 'rotate' | 'move',
  plan: { after: 'spawn' | 'ready'; delayMs: number } | { killWhen: (stdout: string) => boolean },
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD_SCRIPT, temp.path, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    const arm = (delayMs: number) => {
      timer ??= setTimeout(kill, delayMs);
    };
    if ('killWhen' in plan) {
      timer = setInterval(() => {
        if (plan.killWhen(stdout)) kill();
      }, 1);
    } else if (plan.after === 'spawn') {
      arm(plan.delayMs);
    }
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if ('after' in plan && plan.after === 'ready' && stdout.startsWith('ready\n')) arm(plan.delayMs);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(timer);
      resolve({ lines: stdout.split('\n').slice(0, -1), signal, code, stderr });
    });
  });
}

function parseSave(line: string): SaveLine | undefined {
  const [word, recordId, version, status, digest, seq] = line.split(' ');
  if (word !== 'saved' || !recordId || (status !== 'draft' && status !== 'finalized')) return undefined;
  return { recordId, version: Number(version), status, digest: digest === '-' ? null : (digest ?? null), seq: Number(seq) };
}

function seqOf(version: StoredVersion): number {
  return (version.content as { seq: number }).seq;
}

// Reopens the vault as the app would and checks every reported save; the latest report per version is enough,
// since a version's state only moves forward.
async function expectEverySaveIntact(reported: Map<string, SaveLine>): Promise<number> {
  const vault = makeVault(temp.path);
  await vault.unlock(TEST_PASSPHRASE);
  try {
    const store = recordsOf(vault);
    for (const save of reported.values()) {
      const where = `${save.recordId} v${save.version} (${save.status}, seq ${save.seq})`;
      const stored = store.get(save.recordId, save.version);
      expect(STATUS_RANK[stored.status], where).toBeGreaterThanOrEqual(STATUS_RANK[save.status]);
      expect(seqOf(stored), where).toBeGreaterThanOrEqual(save.seq);
      if (save.status === 'finalized') expect({ digest: stored.digest, seq: seqOf(stored) }, where).toEqual({ digest: save.digest, seq: save.seq });
    }
    const trail = vault.auditTrail();
    expect(trail.map((entry) => entry.seq)).toEqual(trail.map((_, index) => index + 1));
    const ids = new Set([...reported.values()].map((save) => save.recordId));
    const latest = store.listLatest();
    for (const id of ids) expect(latest.some((version) => version.recordId === id), id).toBe(true);
    return latest.length;
  } finally {
    vault.lock();
  }
}

describe('crash safety', () => {
  it(
    `keeps every returned save through ${KILLS} SIGKILLs at random moments, and opens with a valid audit chain`,
    async () => {
      const creator = makeVault(temp.path);
      await creator.create(TEST_PASSPHRASE);
      creator.lock();

      const reported = new Map<string, SaveLine>();
      let kills = 0;
      let saves = 0;
      for (let run = 0; run < KILLS; run += 1) {
        // Every fourth run is killed counting from the start, so some kills land while Node loads or the vault
        // unlocks; the others land in the middle of saving.
        const plan = run % 4 === 0 ? { after: 'spawn' as const, delayMs: Math.random() * 400 } : { after: 'ready' as const, delayMs: Math.random() * 300 };
        const result = await runChild('save', plan);
        expect(result.signal, `child ${run} ended by itself: code ${result.code}\n${result.stderr}`).toBe('SIGKILL');
        kills += 1;
        for (const line of result.lines) {
          const save = parseSave(line);
          if (!save) continue;
          saves += 1;
          reported.set(`${save.recordId}/${save.version}`, save);
        }
        await expectEverySaveIntact(reported);
      }
      expect(kills).toBeGreaterThanOrEqual(20);
      expect(saves).toBeGreaterThan(0);
      const records = await expectEverySaveIntact(reported);
      expect(records).toBeGreaterThan(0);
      console.info(`crash test: ${kills} kills, ${saves} reported saves, ${records} records intact`);
    },
    CRASH_TIMEOUT_MS,
  );

  it(
    `keeps every record through ${ROTATION_KILLS} SIGKILLs while the vault key is being rotated, opening with the old or the new passphrase`,
    async () => {
      const creator = makeVault(temp.path);
      await creator.create(TEST_PASSPHRASE);
      const store = recordsOf(creator);
      for (let index = 0; index < ROTATION_RECORDS; index += 1) store.finalize(store.createDraft({ seq: index, text: `第 ${index} 份` }).recordId);
      const records = store.listLatest();
      creator.lock();

      let current = 0;
      let rotations = 0;
      for (let run = 0; run < ROTATION_KILLS; run += 1) {
        const result = await runChild('rotate', { after: 'ready', delayMs: Math.random() * 500 });
        expect(result.signal, `child ${run} ended by itself: code ${result.code}\n${result.stderr}`).toBe('SIGKILL');
        const last = result.lines.filter((line) => line.startsWith('rotated ')).at(-1);
        rotations += result.lines.filter((line) => line.startsWith('rotated ')).length;
        if (last) current = Number(last.split(' ')[1]);
        // The reported passphrase is in force, or the next one if the kill came after its commit but before the line.
        const vault = makeVault(temp.path);
        const opened = await rejectionOf(() => vault.unlock(rotationPassphrase(current)));
        if (opened) await vault.unlock(rotationPassphrase(1 - current));
        expect(recordsOf(vault).listLatest().sort(byId)).toEqual([...records].sort(byId));
        expect(vault.auditTrail().length).toBeGreaterThan(0);
        vault.lock();
      }
      expect(rotations).toBeGreaterThan(0);
      console.info(`crash test: ${ROTATION_KILLS} kills during ${rotations} rotations, ${records.length} records intact`);
    },
    CRASH_TIMEOUT_MS,
  );

  it(
    `keeps every record of a vault of the older layout through ${MOVE_KILLS} SIGKILLs during the first unlock that moves its rows`,
    async () => {
      const expected = FIXTURE_V2.expected();
      const wal = `${vaultFile(temp.path)}-wal`;
      const states: string[] = [];
      for (let run = 0; run < MOVE_KILLS; run += 1) {
        FIXTURE_V2.copyTo(temp.path);
        // Half the kills come while the move's commit is being written, half at a random moment of the unlock.
        const plan =
          run % 2 === 0
            ? { killWhen: (stdout: string) => stdout.includes('ready') || (existsSync(wal) && statSync(wal).size > MOVE_WAL_BYTES) }
            : { after: 'spawn' as const, delayMs: 400 + Math.random() * 2_500 };
        const result = await runChild('move', plan);
        expect(result.signal, `child ${run} ended by itself: code ${result.code}\n${result.stderr}`).toBe('SIGKILL');
        // Where the kill came: the older tables still there (before the move's commit, with its frames part-written
        // if the log had grown) or gone (after it).
        const walBytes = existsSync(wal) ? statSync(wal).size : 0;
        const moved = withRawDb(vaultFile(temp.path), (db) => db.prepare("SELECT name FROM sqlite_master WHERE name = 'singletons'").get() === undefined);
        states.push(moved ? 'moved' : walBytes > MOVE_WAL_BYTES ? 'mid-commit' : 'before the move');
        const vault = new VaultService({ kinds: STORED_KINDS, dataDir: temp.path, clock: fakeClock(expected.clock), random: (length) => new Uint8Array(randomBytes(length)) });
        await vault.unlock(expected.passphrase);
        const store = recordsOf(vault);
        for (const record of expected.records) expect(store.history(record.recordId), record.recordId).toEqual(record.versions);
        const moves = vault.auditTrail().filter((entry) => entry.action === 'vaultUpgraded').length;
        expect(moves).toBe(1);
        vault.lock();
      }
      console.info(`crash test: ${MOVE_KILLS} kills around the move of ${expected.records.length} records (${states.join(', ')})`);
    },
    MOVE_TIMEOUT_MS,
  );

  const createKills: [string, (stdout: string) => boolean][] = [
    ['as soon as the vault file appears', () => existsSync(vaultFile(temp.path))],
    [
      'once the schema is written and the key derivation is under way',
      (stdout) => stdout.includes('created') || (existsSync(`${vaultFile(temp.path)}-wal`) && statSync(`${vaultFile(temp.path)}-wal`).size > 0),
    ],
  ];
  it.each(createKills)(
    'leaves, after a SIGKILL while creating a vault (%s), either no vault (so creating again works) or one that opens',
    async (_moment, killWhen) => {
      // The child creates at the default Argon2id cost, so the derivation takes long enough to be interrupted.
      const result = await runChild('create', { killWhen });
      expect(result.signal, result.stderr).toBe('SIGKILL');

      const vault = makeVault(temp.path);
      const exists = vault.status().exists;
      const failure = exists ? await rejectionOf(() => vault.unlock(TEST_PASSPHRASE)) : await rejectionOf(() => vault.create(TEST_PASSPHRASE));
      vault.lock();
      const code = (failure as { code?: unknown } | undefined)?.code;
      expect(failure, `vault file ${exists ? 'present' : 'absent'} after the kill; failed with ${String(code)}`).toBeUndefined();
    },
    CRASH_TIMEOUT_MS,
  );
});
