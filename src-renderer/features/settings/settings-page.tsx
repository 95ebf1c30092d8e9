import { PagePlaceholder } from '../../app/page-placeholder.tsx';

export function SettingsPage() {
  return <PagePlaceholder title="设置" note="暂无可调整的设置。" />;
}
