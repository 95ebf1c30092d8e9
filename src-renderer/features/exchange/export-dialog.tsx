import { Alert, Checkbox, Empty, Modal, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { describeBody } from '../../../src-main/shared/exchange/exchange-body.ts';
import { invoke } from '../../api.ts';

type Exported = Output<'record.export'>['files'];

// 导出加密文件: routing names the recipients (第七条, 第九条); each gets one file only its key opens, named neutrally,
// written to a folder the handler picks (a USB stick). A recipient whose key was never checked cannot be chosen.
export function ExportDialog({ recordId, onClose, onExported }: { recordId: string; onClose: () => void; onExported: (files: Exported) => void }) {
  const [routes, setRoutes] = useState<Output<'record.exportRoutes'>>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void invoke('record.exportRoutes', { recordId }).then((result) => {
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setRoutes(result.value);
      setChosen(result.value.flatMap((route) => route.bodies.map((body) => body.fingerprint)));
    });
  }, [recordId]);

  const toggle = (fingerprint: string, on: boolean) =>
    setChosen((current) => (on ? [...current, fingerprint] : current.filter((chosenOne) => chosenOne !== fingerprint)));

  const exportFiles = async () => {
    setBusy(true);
    setError(undefined);
    const result = await invoke('record.export', { recordId, recipients: chosen });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (result.value.done) onExported(result.value.files);
  };

  return (
    <Modal
      open
      title="导出加密文件"
      okText="选择文件夹并导出"
      cancelText="取消"
      okButtonProps={{ disabled: chosen.length === 0, loading: busy }}
      onOk={() => void exportFiles()}
      onCancel={onClose}
      width={640}
    >
      <Typography.Paragraph>
        每个接收方一个文件，只有该纪检组织的密钥能打开；文件名不含姓名和日期。请与密封的纸质记录表一同报送。
      </Typography.Paragraph>
      {routes === undefined && !error && <Spin aria-label="正在读取" />}
      {routes && routes.length === 0 && <Empty description="该记录表尚无报送对象" />}
      {routes?.map((route) => (
        <section key={route.recipient} aria-label={`报送${route.name}`} style={{ marginBottom: 16 }}>
          <Typography.Text strong>报送{route.name}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
            {route.reason}
          </Typography.Paragraph>
          {route.bodies.length === 0 ? (
            <Alert
              type="warning"
              showIcon
              title={`尚未导入${route.name}的公钥：请在“设置 → 纪检组织公钥”中导入其公钥文件，并与盖章的密钥告知单核对。`}
            />
          ) : (
            route.bodies.map((body) => (
              <div key={body.fingerprint}>
                <Checkbox checked={chosen.includes(body.fingerprint)} onChange={(event) => toggle(body.fingerprint, event.target.checked)}>
                  {describeBody(body.body)}
                </Checkbox>
              </div>
            ))
          )}
        </section>
      ))}
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
