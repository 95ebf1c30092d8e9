import { randomBytes } from 'node:crypto';
import type { KdfCost } from '../../src-main/core/vault/crypto-params.ts';
import { RecordVersions } from '../../src-main/core/records/record-versions.ts';
import { VaultService } from '../../src-main/core/vault/vault-service.ts';

// libsodium's minimum Argon2id cost: real derivation, fast enough for many tests. The default cost and its floor
// are tested on their own.
export const TEST_KDF: KdfCost = { opsLimit: 1, memLimitBytes: 8192 };
export const TEST_PASSPHRASE = '正确的口令 correct horse 2026';
// Changed back and forth by the crash suite's rotating child.
export const ROTATION_PASSPHRASES = [TEST_PASSPHRASE, '轮换用的第二个口令 rotation two 2027'] as const;
export function rotationPassphrase(index: number): string {
  return index === 0 ? ROTATION_PASSPHRASES[0] : ROTATION_PASSPHRASES[1];
}

export interface FakeClock {
  now(): Date;
  advanceMs(ms: number): void;
}

export function fakeClock(start = '2026-11-26T09:00:00+08:00'): FakeClock {
  let current = new Date(start).getTime();
  return { now: () => new Date(current), advanceMs: (ms) => void (current += ms) };
}

export function makeVault(dataDir: string, clock: FakeClock = fakeClock()): VaultService {
  return new VaultService({
    dataDir,
    clock,
    random: (length) => new Uint8Array(randomBytes(length)),
    kdfCost: TEST_KDF,
  });
}

// The records lifecycle over a vault, as the services build it.
export function recordsOf(vault: VaultService): RecordVersions {
  return new RecordVersions(vault, (length) => new Uint8Array(randomBytes(length)));
}
