import type { FeatureHandlers } from '../../contract/handlers.ts';
import type { BackupService } from './backup-service.ts';

export function backupHandlers(backup: BackupService): FeatureHandlers<'vault.backup' | 'vault.backupReminder' | 'vault.restore'> {
  return {
    'vault.backup': () => backup.backup(),
    'vault.backupReminder': () => backup.reminder(),
    'vault.restore': (credentials) => backup.restore(credentials),
  };
}
