import { PagePlaceholder } from '../../app/page-placeholder.tsx';

export function AuditPage() {
  return <PagePlaceholder title="操作日志" note="暂无操作日志。" />;
}
