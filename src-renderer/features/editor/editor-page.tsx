import { PagePlaceholder } from '../../app/page-placeholder.tsx';

export function EditorPage() {
  return <PagePlaceholder title="填写记录表" note="记录表填写功能尚未开放。" />;
}
