import { PagePlaceholder } from '../../app/page-placeholder.tsx';

export function RecordsPage() {
  return <PagePlaceholder title="记录列表" note="暂无记录。" />;
}
