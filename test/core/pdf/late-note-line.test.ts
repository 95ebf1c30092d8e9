import { describe, expect, it } from 'vitest';
import { renderRecordForm } from '../../../src-main/core/pdf/print-record.ts';
import { pdfPages, squash } from './support/pdf-tools.ts';
import { finalizedRecord, formInput, renderer } from './support/records.ts';

const formText = async (record: ReturnType<typeof finalizedRecord>) =>
  pdfPages((await renderRecordForm(renderer, formInput(record))).bytes).map(squash).join('');

// The annex has no cell for lateness: a 逾期说明 prints as one 备注 line under the table, and nothing else changes.
describe('the 备注 line for a 逾期说明', { timeout: 60_000 }, () => {
  it('prints the lateness and the 逾期说明 when there is one', async () => {
    const record = finalizedRecord((raw) => Object.assign(raw, { lateNote: '因出差在外，返回后即补报。', lateness: { workingDays: 3, estimated: false } }));
    expect(await formText(record)).toContain('备注：逾期3个工作日完成填报。逾期说明：因出差在外，返回后即补报。');
  });

  it('prints no 备注 without a 逾期说明, even for a late version', async () => {
    const late = finalizedRecord((raw) => Object.assign(raw, { lateness: { workingDays: 2, estimated: true } }));
    const text = await formText(late);
    expect(text).toContain('填表说明');
    expect(text).not.toContain('备注');
    expect(text).not.toContain('逾期');
  });
});
