import { describe, expect, it } from 'vitest';
import { DEFAULT_KDF_COST, type KdfCost } from '../../../src-main/core/vault/crypto-params.ts';
import { acceptedCosts, ARGON2ID_ALG, checkHeaderCost } from '../../../src-main/core/vault/kdf-policy.ts';
import { TEST_KDF } from '../../support/test-vault.ts';
import { expectUserError } from './vault-kit.ts';

// A header may only ask for a cost this program writes: the default, or the cost the services were configured with.

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
const argon2id = (cost: KdfCost): { alg: string } & KdfCost => ({ alg: ARGON2ID_ALG, ...cost });

describe('acceptedCosts', () => {
  it('is the default alone when the services use the default', () => {
    expect(acceptedCosts(DEFAULT_KDF_COST)).toEqual([DEFAULT_KDF_COST]);
  });

  it('is the default plus the configured cost when tests inject a cheaper one', () => {
    expect(acceptedCosts(TEST_KDF)).toEqual([DEFAULT_KDF_COST, TEST_KDF]);
  });
});

describe('checkHeaderCost', () => {
  it.each([
    ['the default, configured with the default', DEFAULT_KDF_COST, DEFAULT_KDF_COST],
    ['the default, configured with the test cost', DEFAULT_KDF_COST, TEST_KDF],
    ['the test cost, configured with the test cost', TEST_KDF, TEST_KDF],
  ])('accepts %s', (_case, declared, configured) => {
    expect(checkHeaderCost(argon2id(declared), configured)).toBeUndefined();
  });

  it.each([
    ['the test cost in a file, for a default service', TEST_KDF, DEFAULT_KDF_COST],
    ['fewer passes', { opsLimit: 2, memLimitBytes: DEFAULT_KDF_COST.memLimitBytes }, DEFAULT_KDF_COST],
    ['less memory', { opsLimit: 3, memLimitBytes: 64 * MIB }, DEFAULT_KDF_COST],
    ['a cost between the test cost and the default', { opsLimit: 2, memLimitBytes: 64 * MIB }, TEST_KDF],
  ])('refuses %s as lowered (HEADER_TAMPERED)', (_case, declared, configured) => {
    expectUserError(checkHeaderCost(argon2id(declared), configured), 'HEADER_TAMPERED');
  });

  it.each([
    ['ops 64 / 1 GiB (the 82-second freeze)', { opsLimit: 64, memLimitBytes: GIB }],
    ['the old ceiling, ops 64 / 2 GiB (libsodium threw)', { opsLimit: 64, memLimitBytes: 2 * GIB }],
    ['one more pass than the default', { opsLimit: 4, memLimitBytes: DEFAULT_KDF_COST.memLimitBytes }],
    ['more memory than the default', { opsLimit: 3, memLimitBytes: 512 * MIB }],
    ['more passes with less memory', { opsLimit: 64, memLimitBytes: 8192 }],
    ['a terabyte', { opsLimit: 3, memLimitBytes: 1024 * GIB }],
  ])('refuses %s as raised, without running it (KDF_COST_RAISED)', (_case, declared) => {
    for (const configured of [DEFAULT_KDF_COST, TEST_KDF]) {
      expectUserError(checkHeaderCost(argon2id(declared), configured), 'KDF_COST_RAISED');
    }
  });

  it('refuses an algorithm other than Argon2id (KDF_ALG_UNSUPPORTED), whatever the cost', () => {
    for (const alg of ['argon2i13', 'scrypt', '']) {
      expectUserError(checkHeaderCost({ alg, ...DEFAULT_KDF_COST }, DEFAULT_KDF_COST), 'KDF_ALG_UNSUPPORTED');
    }
  });

  it('gives each refusal its own message', () => {
    const messages = [
      checkHeaderCost(argon2id(TEST_KDF), DEFAULT_KDF_COST),
      checkHeaderCost(argon2id({ opsLimit: 64, memLimitBytes: GIB }), DEFAULT_KDF_COST),
      checkHeaderCost({ alg: 'scrypt', ...DEFAULT_KDF_COST }, DEFAULT_KDF_COST),
    ].map((error) => error?.message);
    expect(new Set(messages).size).toBe(3);
    expect(messages[1]).toMatch(/未作计算/);
    expect(messages[1]).toMatch(/不表示口令错误/);
  });
});
