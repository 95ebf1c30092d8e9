import { utf8 } from './bytes.ts';
import type { Sodium } from './sodium.ts';

const HASH_BYTES = 32;
const MODULUS = 1n << 256n;

// Where a row is (its storage id, hex) and which ciphertext it must be (its suite and AEAD tag).
export interface RowStamp {
  storageId: string;
  tag: string;
}

// Every encrypted row's name with its stamp, and a keyed additive multiset hash (MSet-Add-Hash) over them: the
// sum, modulo 2^256, of a keyed BLAKE2b of each (name, tag). Adding, replacing or removing one entry adjusts the
// sum without touching the others; without the key nobody can make a different set add up to the same value.
export class RowIndex {
  private readonly entries = new Map<string, RowStamp>();
  // By storage id (hex): the row's name and stamp, so a row read by position is checked with one lookup.
  private readonly byStorageId = new Map<string, { name: string; stamp: RowStamp }>();
  private readonly sodium: Sodium;
  private readonly key: Uint8Array;
  private sum = 0n;
  // Raised by every change, so views computed from the keys can be kept until the next one.
  private changes = 0;

  constructor(sodium: Sodium, key: Uint8Array) {
    this.sodium = sodium;
    this.key = key;
  }

  get(name: string): RowStamp | undefined {
    return this.entries.get(name);
  }

  // The name of the row stored under this storage id (hex).
  nameAt(storageId: string): string | undefined {
    return this.byStorageId.get(storageId)?.name;
  }

  // The name and stamp of the row stored under this storage id (hex).
  at(storageId: string): { name: string; stamp: RowStamp } | undefined {
    return this.byStorageId.get(storageId);
  }

  set(name: string, stamp: RowStamp | undefined): void {
    this.changes += 1;
    const previous = this.entries.get(name);
    if (previous) {
      this.sum = (this.sum - this.elementHash(name, previous) + MODULUS) % MODULUS;
      this.byStorageId.delete(previous.storageId);
    }
    if (stamp) {
      this.sum = (this.sum + this.elementHash(name, stamp)) % MODULUS;
      this.entries.set(name, stamp);
      this.byStorageId.set(stamp.storageId, { name, stamp });
    } else {
      this.entries.delete(name);
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

  private elementHash(name: string, stamp: RowStamp): bigint {
    const hash = this.sodium.crypto_generichash(HASH_BYTES, utf8(`${name}|${stamp.tag}`), this.key);
    return BigInt(`0x${Buffer.from(hash).toString('hex')}`);
  }
}
