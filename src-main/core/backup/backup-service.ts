import { backupReminderOf, type BackupReminder } from '../../shared/backup-reminder.ts';
import { backupReminderDaysOf } from '../../shared/vault-settings.ts';
import type { Dialogs } from '../dialogs.ts';
import type { RestoreCredentials, VaultService } from '../vault/vault-service.ts';

const BACKUP_FILTERS = [{ name: '留痕备份', extensions: ['liuhen-backup'] }];

// A dialog the person cancelled is not an error: the answer says whether anything happened.
export interface FileAction {
  done: boolean;
  path: string | null;
}

// The encrypted backup and its restore, with the person choosing the file: the page never names a path.
export class BackupService {
  private readonly vault: VaultService;
  private readonly dialogs: Dialogs;

  constructor(vault: VaultService, dialogs: Dialogs) {
    this.vault = vault;
    this.dialogs = dialogs;
  }

  async backup(): Promise<FileAction> {
    const path = await this.dialogs.chooseSavePath({
      title: '保存加密备份',
      defaultName: '留痕备份.liuhen-backup',
      filters: BACKUP_FILTERS,
    });
    if (!path) return { done: false, path: null };
    await this.vault.backup(path);
    return { done: true, path };
  }

  // Whether finalized work has waited too long for a backup, read from the audit trail (which records both).
  reminder(): BackupReminder {
    return backupReminderOf(this.vault.auditTrail(), this.vault.now(), backupReminderDaysOf(this.vault.settings()));
  }

  // Restoring over an existing vault is a rollback: it also needs the current vault's passphrase.
  async restore(credentials: RestoreCredentials): Promise<FileAction> {
    const path = await this.dialogs.chooseOpenPath({ title: '选择要恢复的备份文件', filters: BACKUP_FILTERS });
    if (!path) return { done: false, path: null };
    await this.vault.restore(path, credentials);
    return { done: true, path };
  }
}
