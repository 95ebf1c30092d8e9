import { randomBytes } from 'node:crypto';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { UserErrorCode } from '../../../src-main/shared/errors.ts';
import type { KdfCost } from '../../../src-main/core/vault/crypto-params.ts';
import type { VaultService } from '../../../src-main/core/vault/vault-service.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { makeVault, recordsOf, TEST_PASSPHRASE } from '../../support/test-vault.ts';
import {
  expectUserError,
  fileFingerprint,
  flipByte,
  readRawHeader,
  readRowAt,
  recordStorageId,
  rejectionOf,
  rewriteHeader,
  saveProfile,
  vaultFile,
  vaultWithCost,
  singletonStorageId,
  withRawDb,
  writeRowAt,
} from './vault-kit.ts';

// Each test builds a fresh vault, locks it, changes the file behind the vault's back with a second SQLite
// connection, and then opens it. Every change must be named with its own code and a Chinese message, and the
// failed open must leave the file byte for byte as it found it.

interface Fixture {
  dir: string;
  path: string;
  draftId: string;
  finalizedId: string;
  amendedId: string;
  // Where the rows are stored, learnt while the vault was open: the file alone does not say.
  at: { draft: Buffer; finalized: Buffer; amended1: Buffer; amended2: Buffer; settings: Buffer };
}

let temp: ReturnType<typeof makeTempDir>;

function passphraseSlotOf(header: Record<string, unknown>): { kdf: object } {
  const slot = (header['slots'] as { kind: string; kdf: object }[]).find((candidate) => candidate.kind === 'passphrase');
  if (!slot) throw new Error('a vault has a passphrase slot');
  return slot;
}
const opened: VaultService[] = [];

beforeEach(() => {
  temp = makeTempDir('liuhen-tamper-');
});
afterEach(() => {
  for (const vault of opened.splice(0)) vault.lock();
  temp.remove();
});

function track(vault: VaultService): VaultService {
  opened.push(vault);
  return vault;
}

// A draft saved twice (revision 2), a finalized record, and a record amended to a version 2 draft.
async function buildVault(vault: VaultService = makeVault(temp.path)): Promise<Fixture> {
  await vault.create(TEST_PASSPHRASE);
  const store = recordsOf(vault);
  const draft = store.createDraft({ text: '草稿 first' });
  store.saveDraft(draft.recordId, { text: '草稿 second' });
  const finalized = store.createDraft({ text: '已完成 finalized' });
  store.finalize(finalized.recordId);
  const amended = store.createDraft({ text: '待修订 to amend' });
  store.finalize(amended.recordId);
  store.amend(amended.recordId, '更正错别字');
  saveProfile(vault, { name: '测试承办人' });
  vault.saveSettings({ autoLockMinutes: 7 });
  const at = {
    draft: recordStorageId(vault, draft.recordId, 1),
    finalized: recordStorageId(vault, finalized.recordId, 1),
    amended1: recordStorageId(vault, amended.recordId, 1),
    amended2: recordStorageId(vault, amended.recordId, 2),
    settings: singletonStorageId(vault, 'settings'),
  };
  vault.lock();
  return {
    dir: temp.path,
    path: vaultFile(temp.path),
    draftId: draft.recordId,
    finalizedId: finalized.recordId,
    amendedId: amended.recordId,
    at,
  };
}

// Opens the tampered vault and reads everything in it. The error may come at unlock or at the first read of the
// tampered row; whichever call fails must not have changed the file.
async function expectDetected(fixture: Fixture, code: UserErrorCode, vault: VaultService = makeVault(fixture.dir)): Promise<void> {
  const beforeUnlock = fileFingerprint(fixture.path);
  let error: unknown;
  try {
    await vault.unlock(TEST_PASSPHRASE);
  } catch (caught) {
    error = caught;
  }
  if (error === undefined) {
    track(vault);
    const beforeRead = fileFingerprint(fixture.path);
    try {
      const store = recordsOf(vault);
      for (const latest of store.listLatest()) store.history(latest.recordId);
      vault.readSingleton('profile', z.unknown());
      vault.auditTrail();
    } catch (caught) {
      error = caught;
    }
    expect(fileFingerprint(fixture.path)).toEqual(beforeRead);
  } else {
    expect(vault.status().unlocked).toBe(false);
    expect(fileFingerprint(fixture.path)).toEqual(beforeUnlock);
  }
  expectUserError(error, code);
}

describe('a tampered or damaged vault file', () => {
  it('refuses a header whose body has one byte flipped (HEADER_CORRUPT)', async () => {
    const fixture = await buildVault();
    const { body } = readRawHeader(fixture.path);
    withRawDb(fixture.path, (db) => db.prepare('UPDATE header SET body = ? WHERE id = 1').run(flipByte(body, 40)));
    await expectDetected(fixture, 'HEADER_CORRUPT');
  });

  it('refuses a header whose checksum has one byte flipped (HEADER_CORRUPT)', async () => {
    const fixture = await buildVault();
    const { checksum } = readRawHeader(fixture.path);
    withRawDb(fixture.path, (db) => db.prepare('UPDATE header SET checksum = ? WHERE id = 1').run(flipByte(checksum, 0)));
    await expectDetected(fixture, 'HEADER_CORRUPT');
  });

  const floor: KdfCost = { opsLimit: 2, memLimitBytes: 16 * 1024 };
  it.each([
    ['opsLimit', { opsLimit: 1 }],
    ['memLimitBytes', { memLimitBytes: 8 * 1024 }],
  ])('refuses a header rewritten with a valid checksum but %s below the floor (HEADER_TAMPERED)', async (_field, weaker) => {
    const fixture = await buildVault(vaultWithCost(temp.path, floor));
    await rewriteHeader(fixture.path, (header) => {
      passphraseSlotOf(header).kdf = { ...passphraseSlotOf(header).kdf, ...weaker };
    });
    await expectDetected(fixture, 'HEADER_TAMPERED', vaultWithCost(temp.path, floor));
  });

  // Raised, not lowered: ops 64 / 1 GiB froze the main process for 82 s and then called the right passphrase wrong;
  // the ceiling made libsodium throw. Only the costs this program writes are run; anything above is refused before
  // a single pass, with its own message, and the right passphrase is never counted as a failure.
  it.each([
    ['ops 64 and 1 GiB', { opsLimit: 64, memLimitBytes: 2 ** 30 }],
    ['memLimitBytes of 1 TiB', { memLimitBytes: 2 ** 40 }],
    ['opsLimit beyond 32 bits', { opsLimit: 2 ** 32 + 1 }],
  ])('refuses a header rewritten with a valid checksum and %s (KDF_COST_RAISED), without counting a failure', async (_label, raised) => {
    const fixture = await buildVault();
    await rewriteHeader(fixture.path, (header) => {
      passphraseSlotOf(header).kdf = { ...passphraseSlotOf(header).kdf, ...raised };
    });
    const before = fileFingerprint(fixture.path);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const error = await rejectionOf(() => makeVault(fixture.dir).unlock(TEST_PASSPHRASE));
      expectUserError(error, 'KDF_COST_RAISED');
    }
    expect(fileFingerprint(fixture.path)).toEqual(before);
  });

  it('refuses a header naming another key derivation algorithm (KDF_ALG_UNSUPPORTED)', async () => {
    const fixture = await buildVault();
    await rewriteHeader(fixture.path, (header) => {
      passphraseSlotOf(header).kdf = { ...passphraseSlotOf(header).kdf, alg: 'scrypt' };
    });
    await expectDetected(fixture, 'KDF_ALG_UNSUPPORTED');
  });

  it('refuses a header of a newer format version with a valid checksum (VAULT_TOO_NEW)', async () => {
    const fixture = await buildVault();
    await rewriteHeader(fixture.path, (header) => {
      header.formatVersion = (header.formatVersion as number) + 1;
    });
    await expectDetected(fixture, 'VAULT_TOO_NEW');
  });

  it('refuses a file whose schema version is beyond what this app knows (VAULT_TOO_NEW)', async () => {
    const fixture = await buildVault();
    withRawDb(fixture.path, (db) => db.pragma('user_version = 99'));
    await expectDetected(fixture, 'VAULT_TOO_NEW');
  });

  it('detects a flipped byte in the authentication tag of a record (ROW_TAMPERED)', async () => {
    const fixture = await buildVault();
    const row = readRowAt(fixture.path, fixture.at.finalized);
    writeRowAt(fixture.path, fixture.at.finalized, { ciphertext: flipByte(row.ciphertext, -1) });
    await expectDetected(fixture, 'ROW_TAMPERED');
  });

  it('detects a flipped byte in the body of a record ciphertext (ROW_TAMPERED)', async () => {
    const fixture = await buildVault();
    const row = readRowAt(fixture.path, fixture.at.finalized);
    writeRowAt(fixture.path, fixture.at.finalized, { ciphertext: flipByte(row.ciphertext, 3) });
    await expectDetected(fixture, 'ROW_TAMPERED');
  });

  it('detects a flipped byte in a record nonce (ROW_TAMPERED)', async () => {
    const fixture = await buildVault();
    const row = readRowAt(fixture.path, fixture.at.draft);
    writeRowAt(fixture.path, fixture.at.draft, { nonce: flipByte(row.nonce, 5) });
    await expectDetected(fixture, 'ROW_TAMPERED');
  });

  it("detects a flipped byte in a row's sealed name at unlock (ROW_TAMPERED)", async () => {
    const fixture = await buildVault();
    const row = readRowAt(fixture.path, fixture.at.draft);
    writeRowAt(fixture.path, fixture.at.draft, { name: flipByte(row.name, 7) });
    await expectDetected(fixture, 'ROW_TAMPERED');
  });

  it('detects a flipped byte in the settings ciphertext at unlock (ROW_TAMPERED)', async () => {
    const fixture = await buildVault();
    const row = readRowAt(fixture.path, fixture.at.settings);
    writeRowAt(fixture.path, fixture.at.settings, { ciphertext: flipByte(row.ciphertext, 2) });
    await expectDetected(fixture, 'ROW_TAMPERED');
  });

  it('detects a flipped byte in the encrypted manifest (ROW_TAMPERED)', async () => {
    const fixture = await buildVault();
    withRawDb(fixture.path, (db) => {
      const row = db.prepare('SELECT ciphertext FROM manifest WHERE id = 1').get() as { ciphertext: Buffer };
      db.prepare('UPDATE manifest SET ciphertext = ? WHERE id = 1').run(flipByte(row.ciphertext, 10));
    });
    await expectDetected(fixture, 'ROW_TAMPERED');
  });

  it('detects two records whose nonce and ciphertext were swapped (ROW_TAMPERED)', async () => {
    const fixture = await buildVault();
    const a = readRowAt(fixture.path, fixture.at.finalized);
    const b = readRowAt(fixture.path, fixture.at.amended1);
    writeRowAt(fixture.path, fixture.at.finalized, { nonce: b.nonce, ciphertext: b.ciphertext });
    writeRowAt(fixture.path, fixture.at.amended1, { nonce: a.nonce, ciphertext: a.ciphertext });
    await expectDetected(fixture, 'ROW_TAMPERED');
  });

  it('detects two whole rows, names included, swapped between storage ids (ROW_TAMPERED)', async () => {
    const fixture = await buildVault();
    const a = readRowAt(fixture.path, fixture.at.finalized);
    const b = readRowAt(fixture.path, fixture.at.amended1);
    writeRowAt(fixture.path, fixture.at.finalized, { name: b.name, nonce: b.nonce, ciphertext: b.ciphertext });
    writeRowAt(fixture.path, fixture.at.amended1, { name: a.name, nonce: a.nonce, ciphertext: a.ciphertext });
    await expectDetected(fixture, 'ROW_TAMPERED');
  });

  it('detects version 1 replayed into the row of version 2 (ROW_TAMPERED)', async () => {
    const fixture = await buildVault();
    const v1 = readRowAt(fixture.path, fixture.at.amended1);
    writeRowAt(fixture.path, fixture.at.amended2, { nonce: v1.nonce, ciphertext: v1.ciphertext });
    await expectDetected(fixture, 'ROW_TAMPERED');
  });

  it('detects an older save of a draft put back after a later save (ROW_TAMPERED)', async () => {
    const fixture = await buildVault();
    const older = readRowAt(fixture.path, fixture.at.draft);
    const vault = makeVault(fixture.dir);
    await vault.unlock(TEST_PASSPHRASE);
    recordsOf(vault).saveDraft(fixture.draftId, { text: '草稿 third' });
    vault.lock();
    expect(readRowAt(fixture.path, fixture.at.draft).ciphertext.equals(older.ciphertext)).toBe(false);
    writeRowAt(fixture.path, fixture.at.draft, { nonce: older.nonce, ciphertext: older.ciphertext });
    await expectDetected(fixture, 'ROW_TAMPERED');
  });

  it('detects a deleted record row (ROW_TAMPERED)', async () => {
    const fixture = await buildVault();
    withRawDb(fixture.path, (db) => db.prepare('DELETE FROM sealed_rows WHERE storage_id = ?').run(fixture.at.finalized));
    await expectDetected(fixture, 'ROW_TAMPERED');
  });

  it('detects a record row moved under another storage id (ROW_TAMPERED)', async () => {
    const fixture = await buildVault();
    withRawDb(fixture.path, (db) => db.prepare('UPDATE sealed_rows SET storage_id = ? WHERE storage_id = ?').run(randomBytes(32), fixture.at.finalized));
    await expectDetected(fixture, 'ROW_TAMPERED');
  });

  it('detects a copy of a record row slipped in as an extra row (ROW_TAMPERED)', async () => {
    const fixture = await buildVault();
    const row = readRowAt(fixture.path, fixture.at.finalized);
    withRawDb(fixture.path, (db) =>
      db
        .prepare('INSERT INTO sealed_rows (position, storage_id, suite, name, nonce, ciphertext) VALUES (?, ?, ?, ?, ?, ?)')
        .run(row.position + 1, randomBytes(32), row.suite, row.name, row.nonce, row.ciphertext),
    );
    await expectDetected(fixture, 'ROW_TAMPERED');
  });

  it('detects a flipped byte in an audit entry ciphertext (AUDIT_CHAIN_BROKEN)', async () => {
    const fixture = await buildVault();
    withRawDb(fixture.path, (db) => {
      const row = db.prepare('SELECT ciphertext FROM audit WHERE seq = 3').get() as { ciphertext: Buffer };
      db.prepare('UPDATE audit SET ciphertext = ? WHERE seq = 3').run(flipByte(row.ciphertext, 4));
    });
    await expectDetected(fixture, 'AUDIT_CHAIN_BROKEN');
  });

  it('detects the last audit entry deleted (AUDIT_CHAIN_BROKEN)', async () => {
    const fixture = await buildVault();
    withRawDb(fixture.path, (db) => db.prepare('DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)').run());
    await expectDetected(fixture, 'AUDIT_CHAIN_BROKEN');
  });

  it('detects an audit entry deleted from the middle (AUDIT_CHAIN_BROKEN)', async () => {
    const fixture = await buildVault();
    withRawDb(fixture.path, (db) => db.prepare('DELETE FROM audit WHERE seq = 2').run());
    await expectDetected(fixture, 'AUDIT_CHAIN_BROKEN');
  });

  it('refuses a file cut to half its length (VAULT_CORRUPT)', async () => {
    const fixture = await buildVault();
    truncateSync(fixture.path, Math.floor(readFileSync(fixture.path).length / 2));
    await expectDetected(fixture, 'VAULT_CORRUPT');
  });

  it('refuses a file cut to zero bytes (VAULT_CORRUPT)', async () => {
    const fixture = await buildVault();
    truncateSync(fixture.path, 0);
    await expectDetected(fixture, 'VAULT_CORRUPT');
  });

  it('refuses a file of random bytes (VAULT_CORRUPT)', async () => {
    const fixture = await buildVault();
    writeFileSync(fixture.path, randomBytes(readFileSync(fixture.path).length));
    await expectDetected(fixture, 'VAULT_CORRUPT');
  });
});
