import { Button, Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';
import { FORM_NOTES } from '../../../src-main/shared/form/form-labels.ts';

interface FinalizeButtonProps {
  // Saves and checks the form; answers whether it is ready to be finalized (it shows what is missing itself).
  prepare: () => Promise<boolean>;
  // Finalizes, and shows main's answer if it refuses.
  onConfirm: () => Promise<void>;
}

// 完成填报: only a complete form gets this far, and the handler then confirms, in the annex's own words
// (填表说明1), that they answer for the truth of what they wrote.
export function FinalizeButton({ prepare, onConfirm }: FinalizeButtonProps) {
  const [open, setOpen] = useState(false);
  const [affirmed, setAffirmed] = useState(false);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    const ready = await prepare();
    setBusy(false);
    setOpen(ready);
  };

  const close = () => {
    setOpen(false);
    setAffirmed(false);
  };

  const confirm = async () => {
    setBusy(true);
    await onConfirm();
    setBusy(false);
    close();
  };

  return (
    <>
      <Button type="primary" loading={busy && !open} onClick={() => void start()}>
        完成填报
      </Button>
      <Modal
        open={open}
        title="完成填报"
        okText="确认完成填报"
        cancelText="返回修改"
        okButtonProps={{ disabled: !affirmed, loading: busy }}
        onOk={() => void confirm()}
        onCancel={close}
      >
        <Typography.Paragraph type="secondary">{FORM_NOTES[0]}</Typography.Paragraph>
        <Typography.Paragraph>
          完成填报后，本记录表不能再直接修改；如需更正，只能提交修订（生成新版本，并注明修订原因）。
        </Typography.Paragraph>
        <Checkbox checked={affirmed} onChange={(event) => setAffirmed(event.target.checked)}>
          本表由重大事项承办人员填写，本人对填报内容的真实性负责。
        </Checkbox>
      </Modal>
    </>
  );
}
