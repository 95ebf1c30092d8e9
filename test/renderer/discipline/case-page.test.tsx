import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CasePage } from '../../../src-renderer/features/discipline/case-page.tsx';
import { INTERVENTION_ELEMENT_LABELS } from '../../../src-main/shared/casework/assessment.ts';
import { AppProviders, openSelect } from '../support/editor-fixtures.tsx';
import type { RealMain } from '../support/real-main.ts';
import { keyInPaper, startBody } from './casework-fixtures.ts';

function card(title: string): HTMLElement {
  const heading = screen.getByRole('heading', { name: title });
  const found = heading.closest('.ant-card');
  if (!(found instanceof HTMLElement)) throw new Error(`no card ${title}`);
  return found;
}

describe('a record’s casework over the real main side', () => {
  let main: RealMain;
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it('assesses with 第三条’s elements, disposes step by step and decides 径报 for a 司局级 intervener', async () => {
    main = await startBody();
    const { entry } = await keyInPaper(main, { name: '周某', unit: '某司' }, 'departmentDeputy');
    render(
      <AppProviders>
        <CasePage recordId={entry.recordId} onBack={() => undefined} />
      </AppProviders>,
    );
    await screen.findByRole('heading', { name: '分析研判（第九条）' });
    expect(screen.getByText(/逾期/)).toBeTruthy();

    const assessment = card('分析研判（第九条）');
    // An intervention needs every element: with one missing, main says which.
    for (const label of Object.values(INTERVENTION_ELEMENT_LABELS).slice(0, 4)) fireEvent.click(within(assessment).getByLabelText(label));
    fireEvent.click(within(assessment).getByLabelText('插手干预行为'));
    fireEvent.change(within(assessment).getByRole('textbox', { name: '研判理由' }), { target: { value: '以暗示方式要求关照投标人。' } });
    fireEvent.change(within(assessment).getByLabelText('研判人'), { target: { value: '孙某' } });
    fireEvent.click(within(assessment).getByRole('button', { name: '保存研判' }));
    expect(await screen.findByText(/尚未勾选：对重大事项正常实施造成影响/)).toBeTruthy();
    fireEvent.click(within(assessment).getByLabelText(INTERVENTION_ELEMENT_LABELS.affectsMatter));
    fireEvent.click(within(assessment).getByRole('button', { name: '保存研判' }));
    await waitFor(() => expect(card('分析研判（第九条）').textContent).toContain('插手干预行为（2026-10-15，孙某）'));

    const disposition = card('处置');
    openSelect(within(disposition).getByLabelText('处置步骤'));
    fireEvent.click(await screen.findByTitle('登记备案'));
    fireEvent.change(within(disposition).getByLabelText('处置人'), { target: { value: '孙某' } });
    fireEvent.change(within(disposition).getByRole('textbox', { name: '处置内容' }), { target: { value: '登记备案，报主要负责人。' } });
    fireEvent.click(within(disposition).getByRole('button', { name: '添加处置步骤' }));
    await waitFor(() => expect(within(card('处置')).getByText('登记备案，报主要负责人。')).toBeTruthy());

    const jurisdiction = card('管辖与转送');
    expect(within(jurisdiction).getByText(/涉及司局级领导干部/)).toBeTruthy();
    expect(within(jurisdiction).getByText(/纸质记录表录入，没有承办人员的加密文件可转送/)).toBeTruthy();
    fireEvent.change(within(jurisdiction).getByRole('textbox', { name: '理由' }), { target: { value: '插手干预人为副司长。' } });
    fireEvent.change(within(jurisdiction).getByLabelText('判断人'), { target: { value: '孙某' } });
    fireEvent.click(within(jurisdiction).getByRole('button', { name: '保存管辖判断' }));
    await waitFor(() => expect(within(card('管辖与转送')).getByText(/已判断：径报/)).toBeTruthy());

    const stored = await main.value('casework.get', { recordId: entry.recordId });
    expect(stored.assessments.map((each) => [each.conclusion, each.elementsPresent.length, each.assessor])).toEqual([['intervention', 5, '孙某']]);
    expect(stored.disposition.map((step) => [step.kind, step.by, step.on])).toEqual([['registration', '孙某', '2026-10-15']]);
    expect(stored.jurisdiction?.decision).toBe('directReport');
  });

  it('changes the received date only with a reason, and shows the change', async () => {
    main = await startBody();
    const { entry } = await keyInPaper(main);
    render(
      <AppProviders>
        <CasePage recordId={entry.recordId} onBack={() => undefined} />
      </AppProviders>,
    );
    fireEvent.click(await screen.findByRole('button', { name: '更改收到日期' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('新收到日期'), { target: { value: '2026-10-09' } });
    fireEvent.change(within(dialog).getByLabelText('更改人'), { target: { value: '孙某' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请填写更改收到日期的原因')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: '更改原因' }), { target: { value: '纸质件10月9日送达。' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/孙某 将收到日期由 2026-10-15 改为 2026-10-09：纸质件10月9日送达。/)).toBeTruthy();
    expect((await main.value('casework.get', { recordId: entry.recordId })).entry.receivedOn).toBe('2026-10-09');
  });
});
