import { Alert, Descriptions, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AppError, Output } from '../../../src-main/contract/index.ts';
import { invoke } from '../../api.ts';

type AboutState = { kind: 'loading' } | { kind: 'ready'; about: Output<'app.about'> } | { kind: 'failed'; error: AppError };

export function AboutPage() {
  const [state, setState] = useState<AboutState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void invoke('app.about', {}).then((result) => {
      if (!live) return;
      setState(result.ok ? { kind: 'ready', about: result.value } : { kind: 'failed', error: result.error });
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <section aria-label="关于">
      <Typography.Title level={3}>关于留痕</Typography.Title>
      <Typography.Paragraph>
        依据《领导干部插手干预重大事项记录办法（试行）》，帮助重大事项承办人员如实记录、密封报送插手干预情况。本程序完全离线运行，不联网、不上传任何数据。
      </Typography.Paragraph>
      {state.kind === 'loading' && <Spin aria-label="正在读取" />}
      {state.kind === 'failed' && <Alert type="error" showIcon title={state.error.message} />}
      {state.kind === 'ready' && (
        <Descriptions bordered column={1} size="middle">
          <Descriptions.Item label="程序名称">{state.about.name}</Descriptions.Item>
          <Descriptions.Item label="版本">{state.about.version}</Descriptions.Item>
          <Descriptions.Item label="数据文件夹">
            <span data-testid="data-dir">{state.about.dataDir}</span>
          </Descriptions.Item>
        </Descriptions>
      )}
    </section>
  );
}
