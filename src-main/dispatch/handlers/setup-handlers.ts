import type { Services } from '../../core/services.ts';
import type { Handlers } from '../handlers.ts';

export function setupHandlers({ vault }: Services): Pick<Handlers, 'setup.issueRecoveryKey' | 'setup.confirmRecoveryKey'> {
  return {
    'setup.issueRecoveryKey': () => vault.issueRecoveryKey(),
    'setup.confirmRecoveryKey': async ({ recoveryKey }) => {
      await vault.confirmRecoveryKey(recoveryKey);
      return {};
    },
  };
}
