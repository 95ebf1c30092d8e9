import { Button, Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';

// 完成填报: the handler confirms, in the annex's own words, that they answer for the truth of the content.
export function FinalizeButton({ onConfirm }: { onConfirm: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [affirmed, setAffirmed] = useState(false);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    await onConfirm();
    setBusy(false);
    setOpen(false);
    setAffirmed(false);
  };

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        完成填报
      </Button>
      <Modal
        open={open}
        title="完成填报"
        okText="确认完成填报"
        cancelText="返回修改"
        okButtonProps={{ disabled: !affirmed, loading: busy }}
        onOk={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
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
