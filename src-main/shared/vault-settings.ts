import { z } from 'zod';
import { backupReminderDaysSchema, DEFAULT_BACKUP_REMINDER_DAYS } from './backup-reminder.ts';

export const DEFAULT_AUTO_LOCK_MINUTES = 5;
export const MAX_AUTO_LOCK_MINUTES = 60;

export const vaultSettingsSchema = z
  .object({
    autoLockMinutes: z
      .number()
      .int('自动锁定时间须为整数分钟')
      .min(1, '自动锁定时间至少 1 分钟')
      .max(MAX_AUTO_LOCK_MINUTES, `自动锁定时间最长 ${MAX_AUTO_LOCK_MINUTES} 分钟`),
    // Keeps screenshots, screen recording and remote-desktop capture from seeing the window while records can be
    // shown. Absent in vaults made before the setting existed: then it is on.
    contentProtection: z.boolean({ error: '防截屏设置须为开启或关闭' }).optional(),
    // Absent in vaults made before the backup reminder existed: then the default.
    backupReminderDays: backupReminderDaysSchema.optional(),
  })
  .strict();

export type VaultSettings = z.infer<typeof vaultSettingsSchema>;

export const DEFAULT_VAULT_SETTINGS: VaultSettings = { autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES };

export const CONTENT_PROTECTION_BY_DEFAULT = true;

export function contentProtectionOf(settings: VaultSettings): boolean {
  return settings.contentProtection ?? CONTENT_PROTECTION_BY_DEFAULT;
}

export function backupReminderDaysOf(settings: VaultSettings): number {
  return settings.backupReminderDays ?? DEFAULT_BACKUP_REMINDER_DAYS;
}

export const SETTINGS_SLOT = 'settings';
