import { Empty, Typography } from 'antd';

// Shown by workspace pages whose feature has not landed yet, so navigation is complete from the start.
export function PagePlaceholder({ title, note }: { title: string; note: string }) {
  return (
    <section aria-label={title}>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Empty description={note} />
    </section>
  );
}
