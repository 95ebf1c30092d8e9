import { Alert, Empty, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { describeBody } from '../../../src-main/shared/exchange/exchange-body.ts';
import { FORWARD_REASON_MAX_CHARS } from '../../../src-main/shared/exchange/forward-payload.ts';
import { invoke } from '../../api.ts';

type Received = Output<'intake.list'>[number];

// 转送: the record goes on to another body (a 司局级 case to the 驻部纪检监察组, or another unit's by 第九条), sealed
// to that body's checked key, with the reason; the handler's signature travels with it unchanged.
export function ForwardDialog({ received, onClose, onForwarded }: { received: Received; onClose: () => void; onForwarded: (path: string) => void }) {
  const [bodies, setBodies] = useState<Output<'exchange.trustedKeys'>>();
  const [to, setTo] = useState<string>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void invoke('exchange.trustedKeys', {}).then((result) => {
      if (result.ok) setBodies(result.value);
      else setError(result.error.message);
    });
  }, []);

  const forward = async () => {
    if (!to) return;
    setBusy(true);
    setError(undefined);
    const result = await invoke('intake.forward', { fileDigest: received.fileDigest, to, reason });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (result.value.done) onForwarded(result.value.path ?? '');
  };

  return (
    <Modal
      open
      title="转送记录"
      okText="选择保存位置并转送"
      cancelText="取消"
      okButtonProps={{ loading: busy, disabled: !to || reason.trim() === '' }}
      onOk={() => void forward()}
      onCancel={onClose}
      width={600}
    >
      <Typography.Paragraph>
        {received.handlerName}（{received.handlerUnit}）报送的记录表，第{received.version}版。转送文件只有接收方能打开，其中保留承办人员的原始签名，并附本机的签名和转送理由。
      </Typography.Paragraph>
      {bodies && bodies.length === 0 && <Empty description="尚未导入其他纪检组织的公钥：请先在“本机密钥”中导入并核对" />}
      {bodies && bodies.length > 0 && (
        <Form layout="vertical">
          <Form.Item label="转送给" htmlFor="forward-to">
            <Select
              id="forward-to"
              value={to}
              onChange={setTo}
              placeholder="请选择已核对公钥的纪检组织"
              options={bodies.map((body) => ({ value: body.fingerprint, label: describeBody(body.body) }))}
            />
          </Form.Item>
          <Form.Item label="转送理由" htmlFor="forward-reason" extra="如：干预人为司局级干部，按第九条报送驻部纪检监察组。">
            <Input.TextArea id="forward-reason" value={reason} onChange={(event) => setReason(event.target.value)} maxLength={FORWARD_REASON_MAX_CHARS} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </Form>
      )}
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
