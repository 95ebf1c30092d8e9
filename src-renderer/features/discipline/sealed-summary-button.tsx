import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useCall } from '../../app/use-call.ts';

// 报送领导小组办公室 (第八条): the year's summary sealed to the office's key and signed with this body's, saved as one
// file for the USB stick. Names go only if the officer switched them on for this summary.
export function SealedSummaryButton({ year, includeNames }: { year: number; includeNames: boolean }) {
  const call = useCall();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string>();

  const exportSealed = async () => {
    setBusy(true);
    setSaved(undefined);
    const answer = await call('casework.exportSealedSummary', { year, includeNames });
    setBusy(false);
    if (answer?.done) setSaved(answer.path ?? '');
  };

  return (
    <Space orientation="vertical">
      <Button icon={<LockOutlined />} loading={busy} onClick={() => void exportSealed()}>
        导出报送领导小组办公室的加密文件
      </Button>
      {saved !== undefined && <Alert type="success" showIcon title={`加密年度汇总文件已保存：${saved}`} />}
    </Space>
  );
}
