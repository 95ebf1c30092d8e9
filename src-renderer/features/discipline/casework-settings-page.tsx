import { Alert, App, Button, Card, Form, InputNumber, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { REMINDER_AFTER_DAYS_MAX, reminderDaysProblem } from '../../../src-main/shared/casework/casework-settings.ts';
import { useCall } from '../../app/use-call.ts';
import { useHeldWork } from '../../app/use-held-work.ts';
import { checkedBy } from '../../app/zod-rule.ts';
import type { UnsavedWork } from '../editor/unsaved-work.ts';
import type { CaseworkSettingsView } from './case-types.ts';
import { StepKindsEditor, type StepKindsValues } from './step-kinds-editor.tsx';

const cardTitle = (text: string) => <h3 style={{ margin: 0, fontSize: 15 }}>{text}</h3>;

// What the form holds, as main takes it: a step is marked retired only when it is.
function settingsOf(values: StepKindsValues): CaseworkSettingsView {
  return {
    stepKinds: values.stepKinds.map(({ key, label, closesCase, retired }) => ({ key, label, closesCase, ...(retired === true ? { retired } : {}) })),
    reminderAfterDays: values.reminderAfterDays ?? Number.NaN,
  };
}

// 案件办理设置: the body's own list of disposition steps (第九条's 处置) and after how many days an open record is
// flagged in the inbox. Nothing changes until 保存设置; leaving with changes unsaved asks first.
export function CaseworkSettingsPage({ unsavedWork }: { unsavedWork: UnsavedWork }) {
  const call = useCall();
  const { message } = App.useApp();
  const [form] = Form.useForm<StepKindsValues>();
  const [loaded, setLoaded] = useState<{ settings: CaseworkSettingsView; uses: Map<string, number> }>();
  const [saving, setSaving] = useState(false);
  // What main holds; the page holds work whenever the form says otherwise (a step moved, retired or renamed alike).
  const kept = useRef<CaseworkSettingsView>(undefined);
  const held = useMemo(
    () => ({
      isHolding: () => kept.current !== undefined && JSON.stringify(settingsOf(form.getFieldsValue(true) as StepKindsValues)) !== JSON.stringify(kept.current),
      title: '案件办理设置尚未保存',
      content: '本页的修改尚未保存，离开本页将丢失。请先保存设置，或留在本页继续。',
    }),
    [form],
  );
  useHeldWork(unsavedWork, held);

  // Read again after each save: the form starts over from what main kept.
  const [saves, setSaves] = useState(0);
  useEffect(() => {
    void Promise.all([call('casework.getSettings', {}), call('casework.stepKindUses', {})]).then(([settings, uses]) => {
      if (!settings || !uses) return;
      kept.current = settings;
      setLoaded({ settings, uses: new Map(uses.map(({ key, uses: count }) => [key, count])) });
    });
  }, [call, saves]);
  if (!loaded) return <Spin aria-label="正在读取案件办理设置" />;

  const save = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    const saved = await call('casework.saveSettings', settingsOf(form.getFieldsValue(true) as StepKindsValues));
    setSaving(false);
    if (!saved) return;
    void message.success('案件办理设置已保存');
    setSaves((count) => count + 1);
  };

  return (
    <section aria-label="案件办理设置">
      <Typography.Title level={3}>案件办理设置</Typography.Title>
      <Form<StepKindsValues>
        key={JSON.stringify(loaded.settings)}
        form={form}
        name="casework-settings"
        layout="vertical"
        initialValues={loaded.settings}
        onFinish={() => void save()}
      >
        <Card size="small" title={cardTitle('处置步骤')} style={{ marginBottom: 16 }}>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title="已在记录或事项中用过的步骤不能删除，只能停用：停用后不再供新的处置选择，已记下的处置历史照旧按它显示和统计。"
          />
          <Typography.Paragraph type="secondary">
            记录的处置页按此顺序列出可选的步骤；勾选“了结案件”的步骤记下后，该记录即告了结，不再提醒。
          </Typography.Paragraph>
          <StepKindsEditor form={form} uses={loaded.uses} />
        </Card>
        <Card size="small" title={cardTitle('处置提醒')} style={{ marginBottom: 16 }}>
          <Form.Item
            label="提醒天数"
            name="reminderAfterDays"
            extra={`收到记录后或上一处置步骤后，超过这么多天（自然日）仍未了结的，在收件箱中标为“待提醒”。1至${REMINDER_AFTER_DAYS_MAX}天。`}
            rules={[
              {
                validator: checkedBy((days?: number | null) => {
                  if (days === undefined || days === null) throw new Error('请填写提醒天数');
                  const problem = reminderDaysProblem(days);
                  if (problem !== undefined) throw new Error(problem);
                }),
              },
            ]}
          >
            <InputNumber suffix="天" style={{ width: 160 }} />
          </Form.Item>
        </Card>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存设置
        </Button>
      </Form>
    </section>
  );
}
