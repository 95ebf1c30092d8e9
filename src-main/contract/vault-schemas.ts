import { z } from 'zod';
import { AUDIT_ACTIONS, auditAuthorSchema } from '../shared/audit-event.ts';
import { INSTALLATION_ROLES } from '../shared/installation-role.ts';
import { vaultSettingsSchema } from '../shared/vault-settings.ts';

const passphrase = z.string().min(1, '请输入口令').max(1024, '口令过长');

// The full verification started at unlock (every row decrypted and authenticated), for the page to poll.
export const vaultVerificationView = z.object({
  state: z.enum(['running', 'passed', 'failed']),
  checkedRows: z.number().int().nonnegative(),
  totalRows: z.number().int().nonnegative(),
  problems: z.array(z.object({ code: z.string(), message: z.string() })),
});

export const vaultStatusSchema = z.object({
  exists: z.boolean(),
  unlocked: z.boolean(),
  autoLockMinutes: z.number().int().nullable(),
  // By main's clock, never the page's: the page only uses it to schedule its warning and its own checks.
  idleLockInMs: z.number().int().nonnegative().nullable(),
  // Null while locked: whether the profile has been saved is itself inside the vault.
  setupComplete: z.boolean().nullable(),
  // Null while locked, like setupComplete. Setup returns to the recovery key until it is confirmed.
  recoveryKeyConfirmed: z.boolean().nullable(),
  // Null while locked: which workspace an open vault shows (the header's role, chosen at setup).
  role: z.enum(INSTALLATION_ROLES).nullable(),
});

// The role is chosen once, here: the header stores it and it decides which channels the installation has.
export const vaultCreateInput = z
  .object({ passphrase, role: z.enum(INSTALLATION_ROLES, { error: '本机用途应为重大事项承办人员、纪检组织或领导小组办公室' }).optional() })
  .strict();
// A recovery key is answered once, when it is made, and never stored in readable form.
export const issuedRecoveryKeyView = z.object({ recoveryKey: z.string(), checkDigits: z.string() });
export const vaultCreateOutput = issuedRecoveryKeyView;

export const setupConfirmRecoveryKeyInput = z
  .object({ recoveryKey: z.string().min(1, '请输入恢复密钥').max(200, '恢复密钥过长') })
  .strict();

// acceptRollback: the person read that recent saves may have been lost (VAULT_ROLLED_BACK) and opens it anyway.
export const vaultUnlockInput = z.object({ passphrase, acceptRollback: z.boolean().optional() }).strict();

export const vaultRecoverInput = z
  .object({ recoveryKey: z.string().min(1, '请输入恢复密钥').max(200, '恢复密钥过长'), newPassphrase: passphrase })
  .strict();

export const vaultChangePassphraseInput = z.object({ current: passphrase, next: passphrase }).strict();

// Restoring over an existing vault is a rollback: it needs the current vault's passphrase (or its recovery key).
export const vaultRestoreInput = z.object({ backupPassphrase: passphrase, currentPassphrase: passphrase.optional() }).strict();

// A dialog the person cancelled is not an error: the answer says whether anything happened.
export const fileActionOutput = z.object({ done: z.boolean(), path: z.string().nullable() });

export const settingsSchema = vaultSettingsSchema;

export const auditEntryView = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  actor: z.enum(['owner', 'system', 'unknown']),
  action: z.enum(Object.keys(AUDIT_ACTIONS) as [keyof typeof AUDIT_ACTIONS, ...(keyof typeof AUDIT_ACTIONS)[]]),
  actionLabel: z.string(),
  target: z.object({ recordId: z.string(), version: z.number().int().positive() }).optional(),
  note: z.string().optional(),
  unverified: z.boolean().optional(),
  // The staff member who did it, and whether their signature verifies against their registered key; both absent
  // for entries nobody signed (a handler's installation, or written before staff signed).
  by: auditAuthorSchema.optional(),
  signatureStatus: z.enum(['valid', 'invalid']).optional(),
});
