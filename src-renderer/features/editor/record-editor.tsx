import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Form, Popconfirm, Row, Space, Typography } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { RECORD_FORM_TITLE } from '../../../src-main/shared/form/form-labels.ts';
import { RECORD_STATUS_LABELS } from '../../../src-main/shared/form/record.ts';
import type { Output } from '../../../src-main/contract/index.ts';
import { invoke } from '../../api.ts';
import { useSession } from '../../app/session-context.tsx';
import { useCall } from '../../app/use-call.ts';
import { formatChinaDate } from '../../../src-main/shared/calendar/china-time.ts';
import { formatFingerprint } from '../../../src-main/shared/form/fingerprint-text.ts';
import { AmendButton } from './amend-button.tsx';
import { AutosaveStatus } from './autosave-status.tsx';
import { createChangeSignal } from './change-signal.ts';
import { ConsultationGuide } from './consultation-guide.tsx';
import { createDraftSaver } from './draft-saver.ts';
import { ACTION_BAR_CLEARANCE_PX, EditorActionBar } from './editor-action-bar.tsx';
import { FinalizeButton } from './finalize-button.tsx';
import { toDraft, type RecordValues } from './form-values.ts';
import { goToField } from './go-to-field.ts';
import { MissingFieldsAlert } from './missing-fields-alert.tsx';
import { missingFieldGroups, type FieldName, type MissingGroup } from './missing-fields.ts';
import { RecordExchangeActions } from '../exchange/record-exchange-actions.tsx';
import { PrintActions } from './print-actions.tsx';
import { RecordDocument } from './record-document.tsx';
import { RecordForm } from './record-form.tsx';
import { SidePanel } from './side-panel.tsx';
import { SubmitButton } from './submit-button.tsx';
import type { UnsavedWork } from './unsaved-work.ts';
import { VersionHistory } from './version-history.tsx';
import { WithdrawSubmissionButton } from './withdraw-submission-button.tsx';
import { ReadableTag } from '../../app/readable-tag.tsx';

type Detail = Output<'record.get'>;

const AUTOSAVE_DELAY_MS = 1_500;

// The start of the version's fingerprint, grouped as the printed form shows it: enough to tell versions apart.
const DIGEST_SHOWN_DIGITS = 16;

interface RecordEditorProps {
  // One version in one state: the page mounts a fresh editor when the version or its status changes.
  detail: Detail;
  onDetail: (detail: Detail) => void;
  onBack: () => void;
  unsavedWork: UnsavedWork;
  // This editor shows the record just changed (finalized, amended, marked): focus goes to its heading.
  focusHeading: boolean;
}

export function RecordEditor({ detail, onDetail, onBack, unsavedWork, focusHeading }: RecordEditorProps) {
  const call = useCall();
  const { message } = App.useApp();
  const { onLocked } = useSession();
  const [form] = Form.useForm<RecordValues>();
  const [problem, setProblem] = useState<string>();
  const [missing, setMissing] = useState<MissingGroup[]>();
  const changes = useMemo(() => createChangeSignal(), []);
  const { recordId } = detail;
  const finalized = detail.status === 'finalized';
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);

  // One saver for as long as this version's editor lives; the form instance and the session are stable.
  const [saver] = useState(() =>
    createDraftSaver(async () => {
      const result = await invoke('record.saveDraft', { recordId, draft: toDraft(form.getFieldsValue(true) as RecordValues, detail.assessment.today) });
      if (result.ok) return { ok: true, savedAt: result.value.savedAt };
      if (result.error.code === 'VAULT_LOCKED') onLocked();
      return { ok: false, message: result.error.message };
    }, detail.savedAt),
  );

  // Autosave while the draft is open, and write the last changes when the editor goes (another page, a lock).
  useEffect(() => {
    if (finalized) return undefined;
    const stopWatching = saver.watch(changes, AUTOSAVE_DELAY_MS);
    const unregister = unsavedWork.register(saver.saveNow);
    return () => {
      stopWatching();
      unregister();
      void saver.saveNow();
    };
  }, [saver, changes, unsavedWork, finalized]);

  const saveNow = useCallback(async () => {
    if (await saver.saveNow()) void message.success('草稿已保存', 1);
  }, [saver, message]);

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (!finalized) void saveNow();
    }
  };

  const prepareFinalize = async (): Promise<boolean> => {
    if (!(await saver.saveNow())) {
      setProblem('草稿未能保存，暂不能完成填报。');
      return false;
    }
    const failing = await form.validateFields().then(
      () => [],
      (failure: { errorFields: { name: FieldName; errors: string[] }[] }) => failure.errorFields,
    );
    setProblem(undefined);
    if (failing.length > 0) {
      setMissing(missingFieldGroups(failing));
      return false;
    }
    setMissing(undefined);
    return true;
  };

  // The list of what is missing goes in above the form: only once it is laid out can the first missing field
  // be brought into view and focused without being pushed away again.
  useLayoutEffect(() => {
    const first = missing?.[0]?.fields[0];
    if (first) goToField(first.name);
  }, [missing]);

  const finalize = async () => {
    const result = await invoke('record.finalize', { recordId });
    if (result.ok) {
      onDetail(result.value);
      void message.success('已完成填报。请打印封面及记录表，签字、密封后于5个工作日内报送。');
    } else if (result.error.code === 'VAULT_LOCKED') {
      onLocked();
    } else {
      setProblem(result.error.message);
    }
  };

  const amend = async (reason: string) => {
    const amended = await call('record.amend', { recordId, reason });
    if (amended) onDetail(amended);
  };

  // Main's refusal is said beside the dialog's date, which stays open to correct it.
  const markSubmitted = async (submittedOn: string): Promise<string | undefined> => {
    const result = await invoke('record.markSubmitted', { recordId, submittedOn });
    if (result.ok) {
      onDetail(result.value);
      return undefined;
    }
    if (result.error.code === 'VAULT_LOCKED') onLocked();
    return result.error.message;
  };

  const withdrawSubmission = async (reason: string): Promise<string | undefined> => {
    const result = await invoke('record.withdrawSubmission', { recordId, reason });
    if (result.ok) {
      onDetail(result.value);
      return undefined;
    }
    if (result.error.code === 'VAULT_LOCKED') onLocked();
    return result.error.message;
  };

  const deleteDraft = async () => {
    const undo = saver.discard();
    if (await call('record.deleteDraft', { recordId })) onBack();
    else undo();
  };

  return (
    <section aria-label="记录表" onKeyDown={onKeyDown}>
      <EditorActionBar>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space>
            <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
              返回列表
            </Button>
            <Typography.Title level={3} style={{ margin: 0 }} ref={heading} tabIndex={-1}>
              {RECORD_FORM_TITLE}
            </Typography.Title>
          </Space>
          <Space wrap>
            {finalized ? (
              <>
                <PrintActions recordId={recordId} />
                <RecordExchangeActions recordId={recordId} />
                {!detail.submittedOn && <SubmitButton onSubmit={markSubmitted} today={detail.assessment.today} filedAt={detail.draft.filedAt} />}
                <AmendButton onAmend={amend} />
              </>
            ) : (
              <>
                <AutosaveStatus saver={saver} />
                <Button icon={<SaveOutlined />} onClick={() => void saveNow()} title="Ctrl+S" aria-keyshortcuts="Control+S">
                  保存
                </Button>
                <Popconfirm title="删除这份草稿？删除后不能恢复。" okText="删除" cancelText="取消" onConfirm={() => void deleteDraft()}>
                  <Button danger>删除草稿</Button>
                </Popconfirm>
                <FinalizeButton prepare={prepareFinalize} onConfirm={finalize} />
              </>
            )}
          </Space>
        </Space>
      </EditorActionBar>
      <Space style={{ marginBottom: 16 }} wrap>
        <ReadableTag color={finalized ? 'blue' : 'default'}>{RECORD_STATUS_LABELS[detail.status]}</ReadableTag>
        {detail.submittedOn && <ReadableTag color="green">已于{formatChinaDate(detail.submittedOn)}报送</ReadableTag>}
        {detail.submissionWithdrawable && <WithdrawSubmissionButton onWithdraw={withdrawSubmission} />}
        <Typography.Text type="secondary">第{detail.version}版</Typography.Text>
        {detail.digest && (
          <Typography.Text type="secondary" data-testid="digest" title={detail.digest}>
            指纹 {formatFingerprint(detail.digest.slice(0, DIGEST_SHOWN_DIGITS))}…
          </Typography.Text>
        )}
        {detail.amendmentReason && <Typography.Text type="secondary">修订原因：{detail.amendmentReason}</Typography.Text>}
      </Space>
      {problem && <Alert type="error" showIcon title={problem} closable onClose={() => setProblem(undefined)} style={{ marginBottom: 16 }} />}
      {missing && <MissingFieldsAlert groups={missing} onGo={goToField} onClose={() => setMissing(undefined)} />}
      <Row gutter={24}>
        <Col span={16}>
          {finalized ? (
            <RecordDocument draft={detail.draft} />
          ) : (
            <RecordForm
              draft={detail.draft}
              changes={changes}
              form={form}
              today={detail.assessment.today}
              lateNoteOffered={Boolean(detail.draft.lateNote) || detail.assessment.deadline?.overdue === true}
            />
          )}
          {detail.versions.some((line) => line.status === 'finalized') && <VersionHistory recordId={recordId} versions={detail.versions} />}
        </Col>
        <Col span={8}>
          <div style={{ position: 'sticky', top: ACTION_BAR_CLEARANCE_PX }}>
            <SidePanel form={form} changes={changes} initial={detail.assessment} submittedOn={detail.submittedOn} lateness={detail.lateness} />
            <div style={{ marginTop: 16 }}>
              <ConsultationGuide />
            </div>
          </div>
        </Col>
      </Row>
    </section>
  );
}
