import { Form, Input } from 'antd';
import { OFFICE_BODY_KIND } from '../../../src-main/shared/office/office-kind.ts';
import { invoke } from '../../api.ts';
import { IdentityForm, type NamedUnit } from './identity-form.tsx';

// The 领导小组办公室 names itself once, as a body does; the name and its keys go into the key file the units'
// discipline bodies import to seal their annual summaries to it.
export function OfficeSetupStep({ onDone }: { onDone: () => void }) {
  return (
    <IdentityForm<NamedUnit>
      kindField={
        <Form.Item label="类别">
          <Input value={OFFICE_BODY_KIND} disabled aria-label="类别" />
        </Form.Item>
      }
      nameLabel="名称"
      initialValues={{ unit: '工业和信息化部', name: '部党风廉政建设责任制领导小组办公室' }}
      notice="完成后，本机生成接收年度汇总文件用的密钥，并把名称写入公钥文件和密钥告知单。名称之后不能修改。"
      setUp={(identity) => invoke('office.setUp', { identity })}
      onDone={onDone}
    />
  );
}
