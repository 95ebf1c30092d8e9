import { Form, Typography } from 'antd';
import type { FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import type { RecordValues } from './form-values.ts';

const AUTOSAVE_DELAY_MS = 1_500;

type SaveState = { kind: 'saved'; at: string } | { kind: 'pending' } | { kind: 'failed' };

// Watches the form on its own (so the form itself does not re-render per keystroke) and saves the draft a
// moment after the last change. `save` answers whether the vault accepted it.
export function AutosaveStatus({
  form,
  savedAt,
  save,
}: {
  form: FormInstance<RecordValues>;
  savedAt: string;
  save: () => Promise<boolean>;
}) {
  const values = Form.useWatch([], form);
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: savedAt });
  const first = useRef(true);

  useEffect(() => {
    if (values === undefined) return undefined;
    if (first.current) {
      first.current = false;
      return undefined;
    }
    const timer = window.setTimeout(() => {
      setState({ kind: 'pending' });
      void save().then((ok) => setState(ok ? { kind: 'saved', at: new Date().toISOString() } : { kind: 'failed' }));
    }, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [values, save]);

  if (state.kind === 'pending') return <Typography.Text type="secondary">正在保存…</Typography.Text>;
  if (state.kind === 'failed') return <Typography.Text type="danger">草稿未能保存</Typography.Text>;
  return (
    <Typography.Text type="secondary" data-testid="autosave-status">
      草稿已加密保存 {dayjs(state.at).format('HH:mm:ss')}
    </Typography.Text>
  );
}
