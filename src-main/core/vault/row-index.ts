import { utf8 } from './bytes.ts';
import type { Sodium } from './sodium.ts';

const HASH_BYTES = 32;
const MODULUS = 1n << 256n;

export interface RowStamp {
  revision: number;
  tag: string;
}

// Every encrypted row's revision and AEAD tag, with a keyed additive multiset hash (MSet-Add-Hash) over them:
// the sum, modulo 2^256, of a keyed BLAKE2b of each entry. Adding, replacing or removing one entry adjusts the
// sum without touching the others; without the key nobody can make a different set add up to the same value.
export class RowIndex {
  private readonly entries = new Map<string, RowStamp>();
  private readonly sodium: Sodium;
  private readonly key: Uint8Array;
  private sum = 0n;
  // Raised by every change, so views computed from the keys can be kept until the next one.
  private changes = 0;

  constructor(sodium: Sodium, key: Uint8Array) {
    this.sodium = sodium;
    this.key = key;
  }

  get(rowKey: string): RowStamp | undefined {
    return this.entries.get(rowKey);
  }

  set(rowKey: string, stamp: RowStamp | undefined): void {
    this.changes += 1;
    const previous = this.entries.get(rowKey);
    if (previous) this.sum = (this.sum - this.elementHash(rowKey, previous) + MODULUS) % MODULUS;
    if (stamp) {
      this.sum = (this.sum + this.elementHash(rowKey, stamp)) % MODULUS;
      this.entries.set(rowKey, stamp);
    } else {
      this.entries.delete(rowKey);
    }
  }

  get generation(): number {
    return this.changes;
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  get size(): number {
    return this.entries.size;
  }

  digest(): string {
    return this.sum.toString(16).padStart(HASH_BYTES * 2, '0');
  }

  private elementHash(rowKey: string, stamp: RowStamp): bigint {
    const hash = this.sodium.crypto_generichash(HASH_BYTES, utf8(`${rowKey}|${stamp.revision}|${stamp.tag}`), this.key);
    return BigInt(`0x${Buffer.from(hash).toString('hex')}`);
  }
}
