import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Handlers } from '../../src-main/contract/index.ts';
import { createDispatch, createHandlers } from '../../src-main/dispatch/index.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { makeDispatch, makeServices, TEST_APP_VERSION } from '../support/test-services.ts';

const HAN = /\p{Script=Han}/u;

describe('dispatch', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('answers app.about with output that satisfies its schema', async () => {
    const result = await makeDispatch(dir.path)('app.about', {});
    expect(result).toEqual({ ok: true, value: { name: '留痕', version: TEST_APP_VERSION, dataDir: dir.path } });
    if (!result.ok) throw new Error('unreachable');
    expect(contract['app.about'].output.safeParse(result.value).success).toBe(true);
  });

  it('refuses an unknown channel with a Chinese message', async () => {
    const result = await makeDispatch(dir.path)('vault.steal', {});
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('unreachable');
    expect(result.error.code).toBe('UNKNOWN_CHANNEL');
    expect(result.error.message).toMatch(HAN);
  });

  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['an array', []],
    ['an object with an extra key', { unexpected: 1 }],
  ])('refuses a malformed payload (%s) with a Chinese message', async (_label, payload) => {
    const result = await makeDispatch(dir.path)('app.about', payload);
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('unreachable');
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(HAN);
  });

  it('says in Chinese what a schema without its own message found wrong (zod’s Chinese locale)', async () => {
    const result = await makeDispatch(dir.path)('app.about', { unexpected: 1 });
    if (result.ok) throw new Error('unreachable');
    expect(result.error.message).toContain('出现未知的键');
    expect(result.error.message).toContain('unexpected');
  });

  it('turns a throwing handler into an INTERNAL failure without leaking its message', async () => {
    const seen: unknown[] = [];
    const throwing: Handlers = {
      ...createHandlers(makeServices(dir.path)),
      'app.about': () => {
        throw new Error('secret record content');
      },
    };
    const options = { role: 'handler', isUnlocked: () => false, onInternalError: (_c: unknown, error: unknown) => seen.push(error) } as const;
    const result = await createDispatch(throwing, options)(
      'app.about',
      {},
    );
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('unreachable');
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).not.toContain('secret');
    expect(seen).toHaveLength(1);
  });

  it('has a schema pair for every channel in the allow-list', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });
});
