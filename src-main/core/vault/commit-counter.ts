import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { utf8 } from './bytes.ts';
import { UserError } from '../../shared/errors.ts';
import type { Sodium } from './sodium.ts';

// A damaged WAL or an older copy of the vault file silently loses saves that were acknowledged: SQLite opens what
// is there. So every commit's number is also written to a small side file, authenticated with a key kept inside
// the vault (stable across key rotations), *after* the commit: a crash between the two leaves the side file behind
// the vault, which is fine, never ahead of it. On unlock a vault behind its side file has lost saves.
// A rollback of the whole data folder (vault and side file together) stays undetectable.
export const COUNTER_FILE_SUFFIX = '.counter';
export const COUNTER_KEY_SLOT = 'commit-counter-key';
const MAC_BYTES = 32;

const counterFileSchema = z.object({ vaultId: z.string(), counter: z.number().int().nonnegative(), mac: z.string() }).strict();

export type CounterCheck = { state: 'ok' } | { state: 'missing' } | { state: 'invalid' } | { state: 'behind'; lost: number };

function mac(sodium: Sodium, key: Uint8Array, vaultId: string, counter: number): string {
  return sodium.to_hex(sodium.crypto_generichash(MAC_BYTES, utf8(`liuhen-counter|${vaultId}|${counter}`), key));
}

// Written beside the vault by rename, so the file is always whole: the old number or the new one.
export function writeCounterFile(vaultPath: string, sodium: Sodium, key: Uint8Array, vaultId: string, counter: number): void {
  const path = `${vaultPath}${COUNTER_FILE_SUFFIX}`;
  writeFileSync(`${path}.partial`, JSON.stringify({ vaultId, counter, mac: mac(sodium, key, vaultId, counter) }), { mode: 0o600 });
  renameSync(`${path}.partial`, path);
}

export function removeCounterFile(vaultPath: string): void {
  rmSync(`${vaultPath}${COUNTER_FILE_SUFFIX}`, { force: true });
}

export function checkCounterFile(vaultPath: string, sodium: Sodium, key: Uint8Array, vaultId: string, vaultCounter: number): CounterCheck {
  let text: string;
  try {
    text = readFileSync(`${vaultPath}${COUNTER_FILE_SUFFIX}`, 'utf8');
  } catch {
    return { state: 'missing' };
  }
  let parsed;
  try {
    parsed = counterFileSchema.safeParse(JSON.parse(text));
  } catch {
    return { state: 'invalid' };
  }
  if (!parsed.success || parsed.data.vaultId !== vaultId) return { state: 'invalid' };
  const expected = mac(sodium, key, vaultId, parsed.data.counter);
  if (!sodium.memcmp(utf8(expected), utf8(parsed.data.mac))) return { state: 'invalid' };
  return parsed.data.counter > vaultCounter ? { state: 'behind', lost: parsed.data.counter - vaultCounter } : { state: 'ok' };
}

export function counterProblem(check: Exclude<CounterCheck, { state: 'ok' }>): UserError {
  switch (check.state) {
    case 'behind':
      return new UserError(
        'VAULT_ROLLED_BACK',
        `最近的保存可能已丢失，请从备份恢复：数据库比它最后一次确认保存时少了 ${check.lost} 次保存（数据库文件可能被换成了较旧的副本，或断电损坏了未写完的日志）。文件未作改动。如确认要继续使用现有内容，可选择“仍然打开”，此事将记入操作日志。`,
      );
    case 'missing':
      return new UserError(
        'VAULT_ROLLED_BACK',
        '数据库旁的保存计数文件不见了，无法确认最近的保存是否完整。文件未作改动；请从备份恢复，或在确认内容无误后选择“仍然打开”，此事将记入操作日志。',
      );
    case 'invalid':
      return new UserError(
        'VAULT_ROLLED_BACK',
        '数据库旁的保存计数文件校验失败（可能被改动或属于另一个数据库），无法确认最近的保存是否完整。文件未作改动；请从备份恢复，或在确认内容无误后选择“仍然打开”，此事将记入操作日志。',
      );
  }
}
