import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readExchangeFile } from '../../../src-main/core/exchange/exchange-file-io.ts';
import { readAhead } from '../../../src-main/core/exchange/read-ahead.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const MAX_BYTES = 1024;
const AHEAD = 3;

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('liuhen-read-ahead-');
});
afterEach(() => temp.remove());

function filesOnStick(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const path = join(temp.path, `${index}.liuhen`);
    writeFileSync(path, `文件${index}`);
    return path;
  });
}

describe('reading a stick’s files ahead of the one being handled', () => {
  it('has the next files’ reads under way when it hands out the first, and never more than it may', async () => {
    const paths = filesOnStick(10);
    const started: string[] = [];
    const read = (path: string) => {
      started.push(path);
      return readExchangeFile(path, MAX_BYTES);
    };
    const startedAtHandOut: number[] = [];
    const texts: string[] = [];
    for await (const { item, result } of readAhead(paths, read, AHEAD)) {
      startedAtHandOut.push(started.length);
      expect(result.ok).toBe(true);
      if (result.ok) texts.push(`${item}:${new TextDecoder().decode(result.value)}`);
    }
    // Handing out file n, the reads of files n + 1 … n + AHEAD have been started, and none beyond.
    expect(startedAtHandOut).toEqual([4, 5, 6, 7, 8, 9, 10, 10, 10, 10]);
    expect(texts).toEqual(paths.map((path, index) => `${path}:文件${index}`));
  });

  it('hands the files out in their order even when a later read finishes first', async () => {
    const waiting: { index: number; finish: () => void }[] = [];
    const finished: number[] = [];
    const read = (index: number) =>
      new Promise<number>((resolve) => {
        waiting.push({ index, finish: () => resolve(index) });
        // Once all three reads are under way, they finish last first.
        if (waiting.length === 3) {
          for (const each of waiting.reverse()) {
            finished.push(each.index);
            each.finish();
          }
        }
      });
    const handedOut: number[] = [];
    for await (const { result } of readAhead([0, 1, 2], read, AHEAD)) handedOut.push(result);
    expect(finished).toEqual([2, 1, 0]);
    expect(handedOut).toEqual([0, 1, 2]);
  });

  it('lets reads nobody will take fail quietly once the caller has stopped', async () => {
    const fail = new Map<number, () => void>();
    const read = (index: number) =>
      index === 0 ? Promise.resolve(index) : new Promise<number>((_, reject) => fail.set(index, () => reject(new Error(`读取失败 ${index}`))));
    const taken: number[] = [];
    for await (const { result } of readAhead([0, 1, 2, 3], read, AHEAD)) {
      taken.push(result);
      break;
    }
    for (const reject of fail.values()) reject();
    // An unhandled rejection would surface here, failing the run.
    await new Promise((resolve) => setImmediate(resolve));
    expect(taken).toEqual([0]);
    expect([...fail.keys()]).toEqual([1, 2, 3]);
  });
});
