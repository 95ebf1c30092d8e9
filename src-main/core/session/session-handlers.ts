import type { FeatureHandlers } from '../../contract/handlers.ts';
import type { VaultService } from '../vault/vault-service.ts';
import type { SessionService } from './session-service.ts';

type SessionChannels =
  | 'vault.status'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.reportActivity'
  | 'vault.autoLock'
  | 'vault.recover'
  | 'vault.changePassphrase'
  | 'vault.verification'
  | 'setup.issueRecoveryKey'
  | 'setup.confirmRecoveryKey'
  | 'settings.get'
  | 'settings.save'
  | 'audit.list';

export function sessionHandlers(session: SessionService, vault: VaultService): FeatureHandlers<SessionChannels> {
  return {
    'vault.status': () => session.status(),
    'vault.create': ({ passphrase, role }) => vault.create(passphrase, role),
    'vault.unlock': ({ passphrase, acceptRollback }) => session.unlock(passphrase, acceptRollback),
    'vault.lock': () => session.lock(),
    // Counted as activity before it gets here, like every request that is not passive.
    'vault.reportActivity': () => session.status(),
    'vault.autoLock': () => session.autoLock(),
    'vault.recover': ({ recoveryKey, newPassphrase }) => session.recover(recoveryKey, newPassphrase),
    'vault.changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return {};
    },
    'vault.verification': () => {
      const { problems, ...progress } = vault.verification();
      return { ...progress, problems: problems.map(({ error }) => ({ code: error.code, message: error.message })) };
    },
    'setup.issueRecoveryKey': () => vault.issueRecoveryKey(),
    'setup.confirmRecoveryKey': async ({ recoveryKey }) => {
      await vault.confirmRecoveryKey(recoveryKey);
      return {};
    },
    'settings.get': () => vault.settings(),
    'settings.save': (settings) => vault.saveSettings(settings),
    'audit.list': () => session.auditTrail(),
  };
}
