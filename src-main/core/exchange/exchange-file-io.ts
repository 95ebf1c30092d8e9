import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.ts';
import { refuse, type Checked } from '../../shared/exchange/exchange-problem.ts';

// Reads an exchanged file whole, refusing one over the limit by its size before reading any of it (a USB stick
// may hold anything).
export async function readExchangeFile(path: string, maxBytes: number): Promise<Checked<Uint8Array>> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return refuse('NOT_EXCHANGE_FILE', '无法读取该文件，请确认文件存在且有读取权限');
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return refuse('OVERSIZED', `${size}字节，上限${maxBytes}字节`);
    return { ok: true, value: new Uint8Array(await handle.readFile()) };
  } catch {
    return refuse('NOT_EXCHANGE_FILE', '读取该文件时出错');
  } finally {
    await handle.close();
  }
}

// Every exchange file directly in a folder (a USB stick), in name order so a batch's report reads predictably.
export async function exchangeFilesIn(folder: string, extension: string): Promise<string[]> {
  try {
    return (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
      .map((entry) => entry.name)
      .sort()
      .map((name) => join(folder, name));
  } catch {
    throw new UserError('FILE_UNREADABLE');
  }
}
