import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readExchangeFile } from '../../../src-main/core/exchange/exchange-file-io.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const MAX_BYTES = 2 * 1024 * 1024;

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('liuhen-exchange-file-');
});
afterEach(() => temp.remove());

function fileOf(name: string, bytes: Uint8Array): string {
  const path = join(temp.path, name);
  writeFileSync(path, bytes);
  return path;
}

describe('reading an exchanged file from a stick', () => {
  it('answers the file’s bytes exactly, a large one and an empty one alike', async () => {
    const large = Uint8Array.from({ length: MAX_BYTES }, (_, index) => (index * 31) % 251);
    const read = await readExchangeFile(fileOf('large.liuhen', large), MAX_BYTES);
    expect(read.ok && Buffer.from(read.value).equals(Buffer.from(large))).toBe(true);
    expect(await readExchangeFile(fileOf('empty.liuhen', new Uint8Array(0)), MAX_BYTES)).toEqual({ ok: true, value: new Uint8Array(0) });
  });

  it('refuses a file over the limit by its size', async () => {
    const read = await readExchangeFile(fileOf('big.liuhen', new Uint8Array(MAX_BYTES + 1)), MAX_BYTES);
    expect(read).toMatchObject({ ok: false, problem: { code: 'OVERSIZED' } });
    expect(read.ok ? '' : read.problem.message).toContain(`${MAX_BYTES + 1}字节，上限${MAX_BYTES}字节`);
  });

  it('refuses a path that is gone or is not a file, naming which', async () => {
    const gone = await readExchangeFile(join(temp.path, 'gone.liuhen'), MAX_BYTES);
    expect(gone.ok ? '' : gone.problem.message).toContain('无法读取该文件');
    const folder = join(temp.path, 'folder.liuhen');
    mkdirSync(folder);
    const notFile = await readExchangeFile(folder, MAX_BYTES);
    expect(notFile).toMatchObject({ ok: false, problem: { code: 'NOT_EXCHANGE_FILE' } });
    expect(notFile.ok ? '' : notFile.problem.message).toContain('读取该文件时出错');
  });
});
