import type { Services } from '../../core/services.ts';
import { isSetupComplete } from '../../core/profile/profile-store.ts';
import { AUDIT_ACTIONS } from '../../shared/audit-event.ts';
import type { Handlers } from '../handlers.ts';

const BACKUP_FILTERS = [{ name: '留痕备份', extensions: ['liuhen-backup'] }];

type VaultChannels =
  | 'vault.status'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.reportActivity'
  | 'vault.autoLock'
  | 'vault.recover'
  | 'vault.changePassphrase'
  | 'vault.backup'
  | 'vault.restore'
  | 'settings.get'
  | 'settings.save'
  | 'audit.list';

export function vaultHandlers({ vault, dialogs }: Services): Pick<Handlers, VaultChannels> {
  const status = () => {
    const { exists, unlocked, autoLockMinutes, idleLockInMs } = vault.status();
    if (!unlocked) return { exists, unlocked, autoLockMinutes, idleLockInMs, setupComplete: null, recoveryKeyConfirmed: null };
    // Setup is complete only with the recovery key confirmed as well as the profile saved, in whatever order.
    const recoveryKeyConfirmed = vault.recoveryKeyConfirmed();
    return {
      exists,
      unlocked,
      autoLockMinutes,
      idleLockInMs,
      setupComplete: recoveryKeyConfirmed && isSetupComplete(vault),
      recoveryKeyConfirmed,
    };
  };
  return {
    'vault.status': status,
    'vault.create': ({ passphrase }) => vault.create(passphrase),
    'vault.unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      return status();
    },
    'vault.lock': () => {
      vault.lock();
      return status();
    },
    // Counted as activity before it gets here, like every request that is not passive.
    'vault.reportActivity': status,
    // The page asks once it has saved the open draft; main still decides whether the idle time has run out.
    'vault.autoLock': () => {
      vault.lockIfIdle();
      return status();
    },
    'vault.recover': async ({ recoveryKey, newPassphrase }) => {
      await vault.recover(recoveryKey, newPassphrase);
      return status();
    },
    'vault.changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return {};
    },
    'vault.backup': async () => {
      vault.require();
      const path = await dialogs.chooseSavePath({ title: '保存加密备份', defaultName: '留痕备份.liuhen-backup', filters: BACKUP_FILTERS });
      if (!path) return { done: false, path: null };
      await vault.backup(path);
      return { done: true, path };
    },
    'vault.restore': async ({ passphrase }) => {
      const path = await dialogs.chooseOpenPath({ title: '选择要恢复的备份文件', filters: BACKUP_FILTERS });
      if (!path) return { done: false, path: null };
      await vault.restore(path, passphrase);
      return { done: true, path };
    },
    'settings.get': () => vault.settings(),
    'settings.save': (settings) => vault.saveSettings(settings),
    'audit.list': () =>
      vault.auditTrail().map((entry) => ({ ...entry, actionLabel: AUDIT_ACTIONS[entry.action] })),
  };
}
