import { Typography } from 'antd';
import { useSyncExternalStore } from 'react';
import { chinaMinuteOf, chinaTimeOf } from '../../../src-main/shared/calendar/china-time.ts';
import type { DraftSaver } from './draft-saver.ts';

// The save state in one line. It subscribes to the saver alone, so it re-renders when a save starts or ends,
// never per keystroke and never the form around it.
export function AutosaveStatus({ saver }: { saver: DraftSaver }) {
  const state = useSyncExternalStore(saver.subscribe, saver.state);
  const text =
    state.kind === 'saving'
      ? '正在保存…'
      : state.kind === 'failed'
        ? `草稿未能保存：${state.message}`
        : state.kind === 'saved'
          ? `已自动保存 ${chinaTimeOf(state.at)}`
          : `草稿保存于 ${chinaMinuteOf(state.at)}`;
  return (
    <Typography.Text
      type={state.kind === 'failed' ? 'danger' : 'secondary'}
      data-testid="autosave-status"
      title="草稿加密保存在本机，随填随存；也可按 Ctrl+S 立即保存。"
      role="status"
    >
      {text}
    </Typography.Text>
  );
}
