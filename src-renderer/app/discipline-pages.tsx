import type { ReactNode } from 'react';
import { AboutPage } from '../features/about/about-page.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { CaseworkSettingsPage } from '../features/discipline/casework-settings-page.tsx';
import { CaseDesk, IntervenerDesk } from '../features/discipline/case-desk.tsx';
import { FindingsPage } from '../features/discipline/findings-page.tsx';
import { StaffPage } from '../features/discipline/staff-page.tsx';
import { SummaryPage } from '../features/discipline/summary-page.tsx';
import { BodyKeysPage } from '../features/exchange/body-keys-page.tsx';
import { IntakePage } from '../features/intake/intake-page.tsx';
import { ReceivedPage } from '../features/intake/received-page.tsx';
import type { UnsavedWork } from '../features/editor/unsaved-work.ts';
import { SettingsPage } from '../features/settings/settings-page.tsx';

// What a page may use of the workspace around it: a page with a form registers its saver, written before the
// person leaves the page or the vault locks.
export interface DisciplineWorkspace {
  unsavedWork: UnsavedWork;
}

export interface DisciplinePage {
  key: string;
  label: string;
  render: (workspace: DisciplineWorkspace) => ReactNode;
}

// The discipline body's workspace, in the order the body works: files arrive, are checked and answered, then the
// keys and the shared pages. A new page is one more entry here.
export const DISCIPLINE_PAGES: readonly DisciplinePage[] = [
  { key: 'intake', label: '导入记录文件', render: () => <IntakePage /> },
  { key: 'received', label: '收到的记录', render: () => <ReceivedPage /> },
  { key: 'inbox', label: '收件箱', render: ({ unsavedWork }) => <CaseDesk unsavedWork={unsavedWork} /> },
  { key: 'interveners', label: '插手干预人', render: () => <IntervenerDesk /> },
  { key: 'findings', label: '第十条、第十一条事项', render: () => <FindingsPage /> },
  { key: 'summary', label: '年度汇总', render: () => <SummaryPage /> },
  { key: 'caseworkSettings', label: '案件办理设置', render: ({ unsavedWork }) => <CaseworkSettingsPage unsavedWork={unsavedWork} /> },
  { key: 'staff', label: '工作人员', render: () => <StaffPage /> },
  { key: 'keys', label: '本机密钥', render: () => <BodyKeysPage /> },
  { key: 'audit', label: '操作日志', render: () => <AuditPage /> },
  { key: 'settings', label: '设置', render: () => <SettingsPage role="disciplineBody" /> },
  { key: 'about', label: '关于', render: () => <AboutPage /> },
];
