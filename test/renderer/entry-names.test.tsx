import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeEntry, renderEditor, seedRecord } from './support/editor-fixtures.tsx';
import { startRealMain, type RealMain } from './support/real-main.ts';

describe('what a screen reader hears in a record with two entries', () => {
  let main: RealMain;
  beforeEach(async () => {
    main = await startRealMain();
  });
  afterEach(async () => {
    await main.close();
    expect(main.thrown).toEqual([]);
  });

  it('names each repeated field with its entry, and each radio and checkbox group', async () => {
    const { recordId } = await seedRecord(main, [
      completeEntry('divisionDeputy', { intervener: { name: '甲某' } }),
      completeEntry('divisionDeputy', { intervener: { name: '乙某' } }),
    ]);
    await renderEditor(recordId);
    expect(screen.getByLabelText<HTMLInputElement>('第2项 插手干预人姓名').value).toBe('乙某');
    expect(screen.getByLabelText<HTMLInputElement>('第1项 插手干预人姓名').value).toBe('甲某');
    expect(screen.getByLabelText('第2项 所在单位类别').getAttribute('role')).toBe('combobox');
    expect(screen.getByLabelText('第2项 在职情况').getAttribute('role')).toBe('radiogroup');
    expect(screen.getByLabelText('第2项 插手干预方式').getAttribute('role')).toBe('radiogroup');
    const kinds = screen.getByLabelText('第2项 第六条所列情形（必选）');
    expect(kinds.getAttribute('role')).toBe('group');
    expect(kinds.hasAttribute('aria-required')).toBe(false);
    expect(screen.getByLabelText<HTMLTextAreaElement>('第2项 具体干预内容').value).toBe(completeEntry('divisionDeputy').content ?? '');
    for (const button of ['第2项上移', '第2项下移', '删除第2项']) expect(screen.getByLabelText(button).tagName).toBe('BUTTON');
  }, 20_000);
});
