import { Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { debounceOn, type ChangeSignal } from './change-signal.ts';

const AUTOSAVE_DELAY_MS = 1_500;

type SaveState = { kind: 'saved'; at: string } | { kind: 'pending' } | { kind: 'failed' };

// Saves the draft a moment after the last change. It re-renders only when the save state changes, never per
// keystroke. `save` answers whether the vault accepted the draft.
export function AutosaveStatus({ changes, savedAt, save }: { changes: ChangeSignal; savedAt: string; save: () => Promise<boolean> }) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: savedAt });

  useEffect(
    () =>
      debounceOn(changes, AUTOSAVE_DELAY_MS, () => {
        setState({ kind: 'pending' });
        void save().then((ok) => setState(ok ? { kind: 'saved', at: new Date().toISOString() } : { kind: 'failed' }));
      }),
    [changes, save],
  );

  if (state.kind === 'pending') return <Typography.Text type="secondary">正在保存…</Typography.Text>;
  if (state.kind === 'failed') return <Typography.Text type="danger">草稿未能保存</Typography.Text>;
  return (
    <Typography.Text type="secondary" data-testid="autosave-status">
      草稿已加密保存 {dayjs(state.at).format('HH:mm:ss')}
    </Typography.Text>
  );
}
