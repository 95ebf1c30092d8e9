import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INTERVENTION_KINDS, INTERVENTION_KIND_INFO } from '../../src-main/shared/form/intervention-kind.ts';
import { completeEntry, entryCard, openSelect, renderEditor, seedRecord } from './support/editor-fixtures.tsx';
import { PROFILE, startRealMain, type RealMain } from './support/real-main.ts';

const RULE_TEXT = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'rule-2023-text.txt'), 'utf8').replace(/\s/g, '');

describe('the 记录表 editor over the real main side', () => {
  let main: RealMain;
  beforeEach(async () => {
    main = await startRealMain();
  });
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it('opens a new record with 填报时间, 填报人 and the handler block prefilled from the profile', async () => {
    const { recordId } = await main.value('record.create', {});
    await renderEditor(recordId);
    expect(screen.getByRole('heading', { name: '领导干部插手干预重大事项情况记录表' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('填报时间').value).toBe('2026年9月30日');
    expect(screen.getByLabelText<HTMLInputElement>('填报人').value).toBe(PROFILE.name);
    expect(screen.getByLabelText<HTMLInputElement>('工作单位').value).toBe(PROFILE.workUnit);
    expect(screen.getByLabelText<HTMLInputElement>('现任职务').value).toBe(PROFILE.currentPost);
    expect(screen.getByLabelText<HTMLTextAreaElement>('本人岗位职责').value).toBe(PROFILE.dutyScope);
    expect(screen.getByText('中国共产党党员')).toBeTruthy();
  });

  it('offers only the items 第四条 lists under the chosen category, and clears the item when the category changes', async () => {
    const { recordId } = await main.value('record.create', {});
    await renderEditor(recordId);
    const item = () => screen.getByLabelText('具体事项（选填）').closest('.ant-select');
    expect(item()?.className).toContain('disabled');
    openSelect(screen.getByLabelText('重大事项类别'));
    fireEvent.click(await screen.findByTitle('（三）工程建设'));
    openSelect(screen.getByLabelText('具体事项（选填）'));
    fireEvent.click(await screen.findByTitle('招标投标'));
    expect(screen.queryByTitle('干部选任')).toBeNull();
    expect(item()?.textContent).toContain('招标投标');

    openSelect(screen.getByLabelText('重大事项类别'));
    fireEvent.click(await screen.findByTitle('（一）干部人事'));
    await waitFor(() => expect(item()?.textContent).not.toContain('招标投标'));
    openSelect(screen.getByLabelText('具体事项（选填）'));
    expect(await screen.findByTitle('干部选任')).toBeTruthy();
    expect(screen.queryByTitle('招标投标')).toBeNull();

    openSelect(screen.getByLabelText('重大事项类别'));
    fireEvent.click(await screen.findByTitle('（五）其他重大事项'));
    await waitFor(() => expect(item()?.className).toContain('disabled'));
    expect(item()?.textContent).toContain('该类别无列举事项');
  });

  it('offers every 第六条 situation with the rule’s own wording beneath it', async () => {
    const { recordId } = await main.value('record.create', {});
    await renderEditor(recordId);
    const checkboxes = within(entryCard(1)).getAllByRole('checkbox', { name: /^（[一二三四五六]）/ });
    expect(checkboxes).toHaveLength(INTERVENTION_KINDS.length);
    INTERVENTION_KINDS.forEach((kind, index) => {
      const { clauseText } = INTERVENTION_KIND_INFO[kind];
      expect(RULE_TEXT).toContain(clauseText.replace(/\s/g, ''));
      expect(checkboxes[index]?.closest('label')?.textContent).toContain(`第六条${clauseText}`);
    });
  });

  it('keeps a plain guide from 第九条 and the annex’s 填表说明 one click away', async () => {
    const { recordId } = await main.value('record.create', {});
    await renderEditor(recordId);
    expect(screen.queryByText(/一般不属于插手干预/)).toBeNull();
    fireEvent.click(screen.getByText('如何区分正常的业务咨询与插手干预？（第九条）'));
    expect(await screen.findByText(/一般不属于插手干预/)).toBeTruthy();
    expect(screen.getByText(/正常的业务咨询、工作建议、政务公开/)).toBeTruthy();
    fireEvent.click(screen.getByText('填表说明（附件原文）'));
    expect(await screen.findByText(/^5\. 本表填写完成密封后于5个工作日内报告本单位纪检组织/)).toBeTruthy();
  });

  it('asks how, when the way of intervening is 其他', async () => {
    const { recordId } = await main.value('record.create', {});
    await renderEditor(recordId);
    expect(screen.queryByLabelText('其他方式说明')).toBeNull();
    fireEvent.click(within(entryCard(1)).getByRole('radio', { name: '其他' }));
    const note = await screen.findByLabelText('其他方式说明');
    fireEvent.change(note, { target: { value: ' ' } });
    expect(await screen.findByText('请填写插手干预方式说明')).toBeTruthy();
  });

  it('adds, reorders and, after confirmation, removes 干预具体情况', async () => {
    const { recordId } = await seedRecord(main, [completeEntry('divisionDeputy', { intervener: { name: '甲某' } })]);
    await renderEditor(recordId);
    fireEvent.click(screen.getByRole('button', { name: /增加一项干预具体情况/ }));
    const secondName = within(await waitFor(() => entryCard(2))).getByLabelText('姓名');
    fireEvent.change(secondName, { target: { value: '乙某' } });
    fireEvent.click(screen.getByRole('button', { name: '第2项上移' }));
    await waitFor(() => expect(within(entryCard(1)).getByLabelText<HTMLInputElement>('姓名').value).toBe('乙某'));
    expect(within(entryCard(2)).getByLabelText<HTMLInputElement>('姓名').value).toBe('甲某');

    fireEvent.click(screen.getByRole('button', { name: '删除第1项' }));
    expect(await screen.findByText('删除第1项干预具体情况？')).toBeTruthy();
    expect(screen.getByText('第2项干预具体情况')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    await waitFor(() => expect(screen.queryByText('第2项干预具体情况')).toBeNull());
    expect(within(entryCard(1)).getByLabelText<HTMLInputElement>('姓名').value).toBe('甲某');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '删除第1项' }).disabled).toBe(true);
  });

  it('keeps 时间 as China wall-clock text: to the minute, or the day alone when the minute is not remembered', async () => {
    const { recordId } = await seedRecord(main, [completeEntry('divisionDeputy', { occurredAt: '2026-09-29' })]);
    await renderEditor(recordId);
    const card = entryCard(1);
    const dayOnly = within(card).getByRole<HTMLInputElement>('checkbox', { name: '记不清具体时刻，只填日期' });
    expect(dayOnly.checked).toBe(true);
    expect(within(card).getByLabelText<HTMLInputElement>('时间').value).toBe('2026年9月29日');

    fireEvent.click(dayOnly);
    fireEvent.keyDown(dayOnly, { key: 's', ctrlKey: true });
    await waitFor(async () => {
      const saved = await main.value('record.get', { recordId });
      expect(saved.draft.entries[0]?.['occurredAt']).toBe('2026-09-29T00:00');
    });
    expect(within(card).getByLabelText<HTMLInputElement>('时间').value).toBe('2026年9月29日 00:00');

    fireEvent.click(dayOnly);
    fireEvent.keyDown(dayOnly, { key: 's', ctrlKey: true });
    await waitFor(async () => {
      const saved = await main.value('record.get', { recordId });
      expect(saved.draft.entries[0]?.['occurredAt']).toBe('2026-09-29');
    });
  });

  it('deletes a draft only after confirmation, and goes back to the list', async () => {
    const { recordId } = await seedRecord(main, [completeEntry('divisionDeputy')]);
    let wentBack = 0;
    await renderEditor(recordId, () => (wentBack += 1));
    fireEvent.click(screen.getByRole('button', { name: '删除草稿' }));
    expect(await screen.findByText('删除这份草稿？删除后不能恢复。')).toBeTruthy();
    expect((await main.value('record.list', {})).records).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    await waitFor(() => expect(wentBack).toBe(1));
    expect((await main.value('record.list', {})).records).toEqual([]);
  });

  it('autosaves a moment after typing stops, and says so', async () => {
    const { recordId } = await main.value('record.create', {});
    await renderEditor(recordId);
    expect(screen.getByTestId('autosave-status').textContent).toBe('草稿保存于 2026-09-30 10:00');
    fireEvent.change(screen.getByLabelText('具体干预内容'), { target: { value: '要求对某公司多加关照' } });
    expect(await screen.findByText('正在保存…', undefined, { timeout: 3_000 })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('autosave-status').textContent).toBe('已自动保存 10:00:00'));
    const saved = await main.value('record.get', { recordId });
    expect(saved.draft.entries[0]?.['content']).toBe('要求对某公司多加关照');
  });

  it('offers the optional 逾期说明 once the deadline has passed, and saves it with the draft', async () => {
    const timely = await seedRecord(main, [completeEntry('divisionDeputy', { occurredAt: '2026-09-29T09:30' })]);
    await renderEditor(timely.recordId);
    expect(screen.queryByLabelText('逾期说明（选填）')).toBeNull();
    cleanup();
    const late = await seedRecord(main, [completeEntry('divisionDeputy', { occurredAt: '2026-09-01T09:30' })]);
    const unsavedWork = await renderEditor(late.recordId);
    fireEvent.change(screen.getByLabelText('逾期说明（选填）'), { target: { value: '因出差在外，返回后即补报。' } });
    expect(await act(() => unsavedWork.flush())).toBe(true);
    expect((await main.value('record.get', { recordId: late.recordId })).draft.lateNote).toBe('因出差在外，返回后即补报。');
  });

  it('saves at once on Ctrl+S, and before the workspace leaves the editor', async () => {
    const { recordId } = await main.value('record.create', {});
    const unsavedWork = await renderEditor(recordId);
    const name = within(entryCard(1)).getByLabelText('姓名');
    fireEvent.change(name, { target: { value: '赵某' } });
    fireEvent.keyDown(name, { key: 's', ctrlKey: true });
    await waitFor(async () => {
      const saved = await main.value('record.get', { recordId });
      expect(saved.draft.entries[0]?.['intervener']).toEqual({ name: '赵某' });
    });

    fireEvent.change(screen.getByLabelText('重大事项名称'), { target: { value: '某工程招标' } });
    expect(await act(() => unsavedWork.flush())).toBe(true);
    const flushed = await main.value('record.get', { recordId });
    expect(flushed.draft.entries[0]?.['matter']).toEqual({ name: '某工程招标', item: null });
  });

  it('names what is missing on 完成填报 and asks for no confirmation until the form is complete', async () => {
    const { recordId } = await main.value('record.create', {});
    await renderEditor(recordId);
    fireEvent.click(screen.getByRole('button', { name: '完成填报' }));
    expect(await screen.findByText('记录表尚未填写完整，请补全下列各项后再完成填报（点击可转到该项）：')).toBeTruthy();
    // Each field shows its own message as antd renders its validation state, which can come a render after the list.
    for (const message of ['请填写干预时间', '请填写插手干预人姓名', '请选择插手干预方式', '请选择重大事项类别', '请填写具体干预内容', '请填写处置方式']) {
      expect(await screen.findByText(message)).toBeTruthy();
    }
    expect(await screen.findByText('请选择插手干预人的职务或职级；不清楚的，请选择“职务职级不详”')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('lists what is missing as links, focuses the first missing field, and each link focuses its field', async () => {
    const { recordId } = await main.value('record.create', {});
    await renderEditor(recordId);
    fireEvent.click(screen.getByRole('button', { name: '完成填报' }));
    const title = await screen.findByText('记录表尚未填写完整，请补全下列各项后再完成填报（点击可转到该项）：');
    // Role queries are slow over a whole form in jsdom; the links are found by their accessible names instead.
    const alert = title.closest('[role="alert"]') as HTMLElement;
    expect(alert.querySelectorAll('a[href^="#entries_0_"]')).toHaveLength(13);
    expect(document.activeElement).toBe(within(entryCard(1)).getByLabelText('时间'));
    fireEvent.click(within(alert).getByLabelText('第1项干预具体情况：处置方式'));
    expect(document.activeElement).toBe(within(entryCard(1)).getByLabelText('处置方式'));
    fireEvent.click(within(alert).getByLabelText('第1项干预具体情况：插手干预方式'));
    expect(document.activeElement).toBe(within(entryCard(1)).getByLabelText('当面'));
  });

  it('shows main’s own reason when main refuses to finalize', async () => {
    const { recordId } = await seedRecord(main, [completeEntry('divisionDeputy', { occurredAt: '2026-09-30T09:30' })], { filedAt: '2026-09-29' });
    await renderEditor(recordId);
    await finalizeWithAffirmation();
    expect(await screen.findByText(/第1项干预时间晚于填报时间/)).toBeTruthy();
    expect((await main.value('record.get', { recordId })).status).toBe('draft');
  });

  it('shows a finalized version as a document: plain selectable text, no controls, only the ticked 第六条 situations', async () => {
    const { recordId } = await seedRecord(main, [completeEntry('divisionDeputy', { kinds: ['lobbying', 'probing'] })]);
    await main.value('record.finalize', { recordId });
    await renderEditor(recordId);
    const documentView = screen.getByTestId('record-document');
    expect(documentView.querySelectorAll('input, textarea, [aria-disabled="true"], :disabled')).toHaveLength(0);
    expect(document.querySelectorAll('.ant-form-item-required, .ant-input-data-count')).toHaveLength(0);
    expect(within(documentView).getByText(completeEntry('divisionDeputy').content ?? '')).toBeTruthy();
    expect(within(documentView).getByText('2026年9月30日 09:30')).toBeTruthy();
    expect(within(documentView).getByText('电话')).toBeTruthy();
    const kinds = within(documentView).getByText(/说情、打招呼、通风报信/);
    expect(kinds.textContent).toBe('（二）说情、打招呼、通风报信\n（四）打探非自身分管领域事项，或者打探尚未公开事项及其他应当保密内容');
    expect(within(documentView).queryByText(/不按程序决策/)).toBeNull();
    expect(getComputedStyle(kinds).userSelect).not.toBe('none');
  });

  it('finalizes after the 填表说明1 affirmation, shows the version read-only with its digest, and amends it as version 2', async () => {
    const { recordId } = await seedRecord(main, [completeEntry('divisionDeputy')]);
    await renderEditor(recordId);
    await finalizeWithAffirmation();
    expect(await screen.findByTestId('digest')).toBeTruthy();
    // The new state is announced where focus lands: the record's heading.
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H3'));
    expect(document.activeElement?.textContent).toBe('领导干部插手干预重大事项情况记录表');
    const finalized = await main.value('record.get', { recordId });
    expect(finalized.status).toBe('finalized');
    const digest = finalized.digest ?? '';
    expect(screen.getByTestId('digest').textContent).toBe(`指纹 ${digest.slice(0, 8)} ${digest.slice(8, 16)}…`);
    expect(screen.getByText('第1版', { selector: 'span' })).toBeTruthy();
    expect(within(screen.getByTestId('record-document')).getByText(completeEntry('divisionDeputy').content ?? '')).toBeTruthy();
    expect(document.querySelector('.ant-alert-error')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '修订' }));
    fireEvent.click(await screen.findByRole('button', { name: '开始修订' }));
    expect(await screen.findByText('请填写修订原因')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('修订原因'), { target: { value: '补充对方来电的具体时间' } });
    fireEvent.click(screen.getByRole('button', { name: '开始修订' }));
    expect(await screen.findByText('第2版', { selector: 'span' })).toBeTruthy();
    expect(screen.getByText('修订原因：补充对方来电的具体时间')).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>('具体干预内容').disabled).toBe(false);
    expect((await main.value('record.get', { recordId })).version).toBe(2);
  }, 20_000);
});

async function finalizeWithAffirmation(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: '完成填报' }));
  const dialog = await screen.findByRole('dialog');
  expect(dialog.textContent).toContain('1. 本表由重大事项承办人员填写，对填报内容的真实性负责；');
  const confirm = within(dialog).getByRole<HTMLButtonElement>('button', { name: '确认完成填报' });
  expect(confirm.disabled).toBe(true);
  fireEvent.click(within(dialog).getByRole('checkbox', { name: '本表由重大事项承办人员填写，本人对填报内容的真实性负责。' }));
  fireEvent.click(confirm);
}
