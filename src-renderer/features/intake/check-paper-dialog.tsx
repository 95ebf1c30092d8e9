import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { invoke } from '../../api.ts';

type Received = Output<'intake.list'>[number];

// A record that came only as a file could be a forgery in the handler's name (第十一条 诬告陷害): the officer
// types or scans the fingerprint printed on the sealed paper form, and main compares it with the file's. The
// file's own fingerprint is not shown here, so it cannot be copied instead of read from the paper.
export function CheckPaperDialog({ received, onClose, onChecked }: { received: Received; onClose: () => void; onChecked: (row: Received) => void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const check = async () => {
    setBusy(true);
    setError(undefined);
    const result = await invoke('intake.checkPaper', { fileDigest: received.fileDigest, typedFingerprint: typed });
    setBusy(false);
    if (result.ok) onChecked(result.value);
    else setError(result.error.message);
  };

  return (
    <Modal open title="核对纸质件" okText="核对" cancelText="取消" okButtonProps={{ loading: busy, disabled: typed.trim() === '' }} onOk={() => void check()} onCancel={onClose}>
      <Typography.Paragraph>
        {received.handlerName}（{received.handlerUnit}）报送的记录表，第{received.version}版。请取出承办人员当面递交或密封报送的纸质记录表，把表底印的“记录表指纹”输入下面（或扫描表上的二维码）。
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void check()}>
        <Form.Item label="纸质件上的记录表指纹" htmlFor="paper-fingerprint">
          <Input.TextArea id="paper-fingerprint" value={typed} onChange={(event) => setTyped(event.target.value)} autoSize={{ minRows: 2, maxRows: 3 }} autoFocus />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
