import { z } from 'zod';

const MS_PER_DAY = 86_400_000;

// Finalized work that exists on this machine alone is one disk failure from lost; a week is how long a handler's
// records may go without a copy before the app says so.
export const DEFAULT_BACKUP_REMINDER_DAYS = 7;
export const MAX_BACKUP_REMINDER_DAYS = 90;

export const backupReminderDaysSchema = z
  .number({ error: '提醒备份的天数须为整数' })
  .int('提醒备份的天数须为整数')
  .min(1, '提醒备份的天数至少为 1 天')
  .max(MAX_BACKUP_REMINDER_DAYS, `提醒备份的天数最多为 ${MAX_BACKUP_REMINDER_DAYS} 天`);

export const backupReminderSchema = z.object({
  due: z.boolean(),
  days: z.number().int().positive(),
  // When the first record finalized since the last backup was finalized; null when all finalized work is backed up.
  unbackedSince: z.string().nullable(),
  lastBackupAt: z.string().nullable(),
});

export type BackupReminder = z.infer<typeof backupReminderSchema>;

export interface TrailEvent {
  action: string;
  at: string;
}

// From the audit trail, in its own order: a record finalized after the last backup (or with none ever made) has
// waited `days` days for a copy. Work finalized since then is counted from its first finalization, so finishing
// a record never brings up the reminder the same minute.
export function backupReminderOf(trail: readonly TrailEvent[], now: string, days: number): BackupReminder {
  let lastBackupAt: string | null = null;
  let unbackedSince: string | null = null;
  for (const { action, at } of trail) {
    if (action === 'backupCreated') {
      lastBackupAt = at;
      unbackedSince = null;
    } else if (action === 'recordFinalized' && unbackedSince === null) {
      unbackedSince = at;
    }
  }
  const due = unbackedSince !== null && Date.parse(now) - Date.parse(unbackedSince) >= days * MS_PER_DAY;
  return { due, days, unbackedSince, lastBackupAt };
}
