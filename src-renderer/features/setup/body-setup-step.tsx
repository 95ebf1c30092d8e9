import { Form, Radio } from 'antd';
import { BODY_KINDS, bodyIdentitySchema, type BodyIdentity } from '../../../src-main/shared/exchange/exchange-body.ts';
import { invoke } from '../../api.ts';
import { zodRule } from '../../app/zod-rule.ts';
import { IdentityForm } from './identity-form.tsx';

// A discipline body names itself once; the name and its two key pairs go into its public key file and the printed
// key notice, so they cannot be changed later without handing out a new notice.
export function BodySetupStep({ onDone }: { onDone: () => void }) {
  return (
    <IdentityForm<BodyIdentity>
      kindField={
        <Form.Item label="纪检组织类别" name="kind" rules={[zodRule(bodyIdentitySchema.shape.kind)]}>
          <Radio.Group options={BODY_KINDS.map((kind) => ({ value: kind, label: kind }))} />
        </Form.Item>
      }
      nameLabel="纪检组织名称"
      unitHint="如：某某司、某某局"
      nameHint="如：纪委、纪检组"
      notice="完成后，本机生成接收记录文件用的密钥，并把名称写入公钥文件和密钥告知单。名称之后不能修改。"
      setUp={(identity) => invoke('body.setUp', { identity })}
      onDone={onDone}
    />
  );
}
