import { fireEvent, render, screen } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { EditorPage } from '../../../src-renderer/features/editor/editor-page.tsx';
import { createUnsavedWork, type UnsavedWork } from '../../../src-renderer/features/editor/unsaved-work.ts';
import type { Output } from '../../../src-main/contract/index.ts';
import type { RealMain } from './real-main.ts';

export type Detail = Output<'record.get'>;

// A complete 干预具体情况, the same one the dispatch tests use.
export { completeEntry } from '../../support/dispatch-fixtures.ts';

// The providers app.tsx puts around the workspace: Chinese locale, two-character buttons unspaced.
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

// A new record created through main, with these entries saved into its draft.
export async function seedRecord(main: RealMain, entries: object[], draft: object = {}): Promise<Detail> {
  const created = await main.value('record.create', {});
  return main.value('record.saveDraft', { recordId: created.recordId, draft: { ...created.draft, ...draft, entries } });
}

// The editor page for one record, as the app frame shows it; resolves once the form is on screen.
export async function renderEditor(recordId: string, onBack: () => void = () => undefined): Promise<UnsavedWork> {
  const unsavedWork = createUnsavedWork();
  render(
    <AppProviders>
      <EditorPage recordId={recordId} onBack={onBack} unsavedWork={unsavedWork} />
    </AppProviders>,
  );
  await screen.findByText('第1项干预具体情况');
  return unsavedWork;
}

// The n-th (1-based) 干预具体情况 card.
export function entryCard(number: number): HTMLElement {
  const title = screen.getByText(`第${number}项干预具体情况`);
  const card = title.closest('.ant-card');
  if (!(card instanceof HTMLElement)) throw new Error(`no card for entry ${number}`);
  return card;
}

// Opens an antd Select the way a mouse does.
export function openSelect(combobox: HTMLElement): void {
  fireEvent.mouseDown(combobox.closest('.ant-select') ?? combobox);
}
