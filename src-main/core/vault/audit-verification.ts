import type { Database } from 'better-sqlite3';
import { UserError } from '../../shared/errors.ts';
import type { Manifest } from './manifest.ts';
import type { Sodium } from './sodium.ts';
import { chainHash, genesisChain } from './vault-session.ts';

// Recomputes the keyed hash chain over every audit entry without decrypting any, and checks that it ends exactly
// at the head the manifest remembers. A gap, an edit, a removal at the end or an insertion all break it.
export function verifyAuditChain(db: Database, sodium: Sodium, chainKey: Uint8Array, head: Manifest['auditHead']): void {
  let previous = genesisChain();
  let expectedSeq = 1;
  const rows = db.prepare('SELECT seq, nonce, ciphertext, chain FROM audit ORDER BY seq').iterate() as Iterable<{
    seq: number;
    nonce: Uint8Array;
    ciphertext: Uint8Array;
    chain: Uint8Array;
  }>;
  for (const row of rows) {
    const chain = chainHash(sodium, chainKey, previous, row.seq, row);
    if (row.seq !== expectedSeq || row.chain.length !== chain.length || !sodium.memcmp(chain, row.chain)) {
      throw new UserError('AUDIT_CHAIN_BROKEN');
    }
    previous = chain;
    expectedSeq += 1;
  }
  if (expectedSeq - 1 !== head.seq || sodium.to_base64(previous) !== head.chain) {
    throw new UserError('AUDIT_CHAIN_BROKEN');
  }
}
