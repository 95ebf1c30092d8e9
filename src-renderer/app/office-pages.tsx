import type { ReactNode } from 'react';
import { AboutPage } from '../features/about/about-page.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { OfficeImportPage } from '../features/office/office-import-page.tsx';
import { OfficeKeysPage } from '../features/office/office-keys-page.tsx';
import { OfficeSummaryPage } from '../features/office/office-summary-page.tsx';
import { SettingsPage } from '../features/settings/settings-page.tsx';

export interface OfficePage {
  key: string;
  label: string;
  render: () => ReactNode;
}

// The 领导小组办公室's workspace, in the order it works: the units' summaries arrive, are added up, then keys and
// the shared pages. A new page is one more entry here.
export const OFFICE_PAGES: readonly OfficePage[] = [
  { key: 'summary', label: '汇总', render: () => <OfficeSummaryPage /> },
  { key: 'import', label: '导入汇总', render: () => <OfficeImportPage /> },
  { key: 'keys', label: '密钥', render: () => <OfficeKeysPage /> },
  { key: 'audit', label: '操作日志', render: () => <AuditPage /> },
  { key: 'settings', label: '设置', render: () => <SettingsPage role="leadingGroupOffice" /> },
  { key: 'about', label: '关于', render: () => <AboutPage /> },
];
