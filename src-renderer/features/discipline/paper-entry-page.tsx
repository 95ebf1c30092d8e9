import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Input as ChannelInput } from '../../../src-main/contract/index.ts';
import type { RecordDraft } from '../../../src-main/shared/form/record-draft.ts';
import { useCall } from '../../app/use-call.ts';
import { useHeldWork } from '../../app/use-held-work.ts';
import { createChangeSignal } from '../editor/change-signal.ts';
import { toDraft, type RecordValues } from '../editor/form-values.ts';
import { RecordForm } from '../editor/record-form.tsx';
import type { UnsavedWork } from '../editor/unsaved-work.ts';

type PaperRecord = ChannelInput<'casework.keyInPaper'>['record'];

const BLANK_PAPER: RecordDraft = { handler: {}, entries: [{ learnedOn: null, methodNote: null, kinds: [] }] };

// 纸质记录表录入: staff key in a sealed paper form with the handler's own 记录表 fields, as written on the paper.
// The fingerprint printed on it, if any, joins the handler's encrypted file to this record when it arrives.
export function PaperEntryPage({ unsavedWork, onDone, onBack }: { unsavedWork: UnsavedWork; onDone: (recordId: string) => void; onBack: () => void }) {
  const call = useCall();
  const [form] = Form.useForm<RecordValues>();
  const changes = useMemo(() => createChangeSignal(), []);
  // Kept only once complete (main refuses an unfinished 记录表), so typed-but-unsaved work is held, not saved.
  const typed = useRef(false);
  useEffect(() => changes.subscribe(() => void (typed.current = true)), [changes]);
  const held = useMemo(
    () => ({
      isHolding: () => typed.current,
      title: '纸质记录表尚未录入完成',
      content: '已输入的内容尚未保存，离开本页将丢失。请先完成录入，或留在本页继续。',
    }),
    [],
  );
  const leaveWith = useHeldWork(unsavedWork, held);
  const [today, setToday] = useState<string>();
  const [fingerprint, setFingerprint] = useState('');
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    void call('casework.today', {}).then((answer) => answer && setToday(answer.today));
  }, [call]);
  if (today === undefined) return <Spin aria-label="正在准备" />;

  const save = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    const draft = toDraft(form.getFieldsValue(true) as RecordValues, today);
    // A paper form is a finished 记录表 as it stands; main checks it is complete and says what is missing.
    const record = { ...draft, status: 'finalized', version: 1, amendsDigest: null, amendmentReason: null } as PaperRecord;
    const keyed = await call('casework.keyInPaper', {
      record,
      paperFingerprint: fingerprint.trim() === '' ? null : fingerprint,
    });
    setSaving(false);
    if (!keyed) return;
    typed.current = false;
    onDone(keyed.entry.recordId);
  };

  return (
    <section aria-label="纸质记录表录入">
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => void leaveWith(onBack)}>
          返回收件箱
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          纸质记录表录入
        </Typography.Title>
      </Space>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="请按纸质记录表原样录入，不作改动。录入的记录标明“据纸质件录入”，收到日期默认为今天，可在记录中更改并说明原因。"
      />
      <Card size="small" title="纸质件上的记录表指纹" style={{ marginBottom: 16 }}>
        <Input
          aria-label="纸质件上的记录表指纹"
          placeholder="按纸质件输入，8位一组，共64位；纸质件未载明的留空"
          value={fingerprint}
          onChange={(event) => {
            typed.current = true;
            setFingerprint(event.target.value);
          }}
          style={{ fontFamily: 'monospace' }}
        />
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          承办人员的加密记录文件到达时，指纹一致的文件自动归入这份记录，不重复登记。
        </Typography.Paragraph>
      </Card>
      <RecordForm draft={BLANK_PAPER} changes={changes} form={form} today={today} lateNoteOffered={false} />
      <Button type="primary" onClick={() => void save()} loading={saving}>
        完成录入
      </Button>
    </section>
  );
}
