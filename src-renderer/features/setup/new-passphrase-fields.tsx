import { Form, Input } from 'antd';
import { passphraseProblems } from '../../../src-main/shared/passphrase-policy.ts';
import { checkedBy } from '../../app/zod-rule.ts';
import { PassphraseStrength } from './passphrase-strength.tsx';

// A new passphrase as every screen that sets one asks for it (setup, recovery, change): the field with the
// vault's own rules as inline validation, the strength meter, and, where asked, the same again to confirm.
export function NewPassphraseFields({ name, label, confirmLabel }: { name: string; label: string; confirmLabel?: string }) {
  const form = Form.useFormInstance();
  const passphrase = (Form.useWatch(name, form) as string | undefined) ?? '';
  return (
    <>
      <Form.Item
        label={label}
        name={name}
        rules={[
          {
            validator: checkedBy((value: string | undefined) => {
              const problems = passphraseProblems(value ?? '');
              if (problems.length > 0) throw new Error(`口令不符合要求：${problems.join('；')}`);
            }),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <PassphraseStrength passphrase={passphrase} />
      {confirmLabel && (
        <Form.Item
          label={confirmLabel}
          name={`${name}Confirm`}
          dependencies={[name]}
          style={{ marginTop: 16 }}
          rules={[
            { required: true, message: `请${confirmLabel}` },
            ({ getFieldValue }) => ({
              validator: checkedBy((value: string | undefined) => {
                if (value && value !== getFieldValue(name)) throw new Error('两次输入的口令不一致');
              }),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
    </>
  );
}
