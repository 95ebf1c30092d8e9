import { Alert, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { fingerprintMatches } from '../../../src-main/shared/exchange/fingerprint-comparison.ts';
import { invoke } from '../../api.ts';
import { FingerprintGroups } from './fingerprint-groups.tsx';

type KeyFile = NonNullable<Output<'exchange.chooseKeyFile'>['keyFile']>;

// A key file is only as good as the paper it is compared with: the person types (or scans) the fingerprint printed
// on the sealed notice, and main keeps the key only if every digit matches. The screen's own fingerprint is shown
// for reading, never offered as the answer.
export function KeyComparisonDialog({ keyFile, onClose, onTrusted }: { keyFile: KeyFile; onClose: () => void; onTrusted: () => void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const matches = fingerprintMatches(typed, keyFile.fingerprint);

  const trust = async () => {
    setBusy(true);
    setError(undefined);
    const result = await invoke('exchange.trustKeyFile', { typedFingerprint: typed });
    setBusy(false);
    if (result.ok) onTrusted();
    else setError(result.error.message);
  };

  return (
    <Modal
      open
      title="核对公钥指纹"
      okText="指纹一致，使用此公钥"
      cancelText="取消"
      okButtonProps={{ disabled: !matches, loading: busy }}
      onOk={() => void trust()}
      onCancel={onClose}
      width={640}
    >
      <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="纪检组织">{`${keyFile.body.unit}${keyFile.body.name}（${keyFile.body.kind}）`}</Descriptions.Item>
        <Descriptions.Item label="文件中的指纹">
          <FingerprintGroups fingerprint={keyFile.fingerprint} label="公钥文件的指纹" />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph>
        请取出该纪检组织盖章的密钥告知单，把告知单上印的指纹输入下面（或用扫码枪扫描告知单上的二维码）。全部一致才能使用此公钥；不一致的，说明文件可能被调换，请勿使用并告知该纪检组织。
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void (matches && trust())}>
        <Form.Item
          label="告知单上的指纹"
          htmlFor="notice-fingerprint"
          validateStatus={typed && !matches ? 'error' : ''}
          help={typed && !matches ? '与文件中的指纹不一致（或尚未输入完整）' : null}
        >
          <Input.TextArea
            id="notice-fingerprint"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoSize={{ minRows: 2, maxRows: 3 }}
            autoFocus
            placeholder="如：1a2b3c4d 5e6f7a8b ……"
          />
        </Form.Item>
      </Form>
      {matches && <Alert type="success" showIcon title="指纹一致" />}
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
