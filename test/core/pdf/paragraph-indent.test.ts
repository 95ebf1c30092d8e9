import { describe, expect, it } from 'vitest';
import { renderRecordForm } from '../../../src-main/core/pdf/print-record.ts';
import { pdfWords } from './support/pdf-tools.ts';
import { finalizedRecord, formInput, renderer } from './support/records.ts';

const INDENT = '\u3000\u3000';
const FIRST = '甲乙丙丁戊己庚辛';
const SECOND = '第二段落开始了';

async function startOf(content: string, word: string): Promise<number> {
  const record = finalizedRecord((raw) => {
    raw.entries[0]!.content = content;
  });
  const found = pdfWords((await renderRecordForm(renderer, formInput(record))).bytes).find((each) => each.text.startsWith(word));
  if (!found) throw new Error(`${word} not printed`);
  return found.xMinPt;
}

// Chinese prose indents each paragraph by two full-width spaces (issue 13, item 9); the form keeps them as typed.
describe('a narrative paragraph indent on the printed form', { timeout: 60_000 }, () => {
  it('prints the first paragraph and the next one two 字 to the right, as typed', async () => {
    const flush = await startOf(`${FIRST}\n${SECOND}`, FIRST);
    expect(await startOf(`${INDENT}${FIRST}\n${SECOND}`, FIRST)).toBeGreaterThan(flush + 15);
    expect(await startOf(`${FIRST}\n${INDENT}${SECOND}`, SECOND)).toBeGreaterThan(flush + 15);
  });
});
