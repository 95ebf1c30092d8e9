import { readFile, stat } from 'node:fs/promises';
import { CALENDAR_PACK_MAX_BYTES, parseCalendarPack, refusePack, type CalendarPackResult } from '../../shared/calendar/calendar-pack.ts';

// The one piece of calendar I/O: read a pack file and parse it, answering in the same shape as
// parseCalendarPack so the caller handles an unreadable file and a malformed pack alike.
export async function loadCalendarPackFile(path: string): Promise<CalendarPackResult> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).size > CALENDAR_PACK_MAX_BYTES) {
      return refusePack([`文件过大（超过${CALENDAR_PACK_MAX_BYTES}字节），不是日历包`]);
    }
    bytes = await readFile(path);
  } catch {
    return refusePack(['无法读取该文件，请确认文件存在且有读取权限']);
  }
  let text: string;
  try {
    // fatal: a pack saved as GBK would otherwise decode to replacement characters and half-parse.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refusePack(['文件不是 UTF-8 编码的文本，请以 UTF-8 编码保存后重新导入']);
  }
  return parseCalendarPack(text);
}
