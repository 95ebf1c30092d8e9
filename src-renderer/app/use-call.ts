import { App } from 'antd';
import { useCallback } from 'react';
import type { Channel, Input, Output } from '../../src-main/contract/index.ts';
import { invoke } from '../api.ts';
import { useSession } from './session-context.tsx';

// A request from a workspace screen: a locked vault sends the person to the unlock screen, any other failure is
// shown as the Chinese message main answered. Returns undefined on failure so callers just stop.
export function useCall() {
  const { message } = App.useApp();
  const { onLocked } = useSession();
  return useCallback(
    async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C> | undefined> => {
      const result = await invoke(channel, input);
      if (result.ok) return result.value;
      if (result.error.code === 'VAULT_LOCKED') {
        onLocked();
        return undefined;
      }
      void message.error(result.error.message);
      return undefined;
    },
    [message, onLocked],
  );
}
