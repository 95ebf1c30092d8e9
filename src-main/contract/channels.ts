// The preload's allow-list. Kept free of imports so the sandboxed preload bundle stays tiny.
export const CHANNELS = [
  'app.about',
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.recover',
  'vault.changePassphrase',
  'vault.backup',
  'vault.restore',
  'profile.get',
  'profile.save',
  'record.list',
  'record.get',
  'record.create',
  'record.saveDraft',
  'record.finalize',
  'record.amend',
  'record.deleteDraft',
  'record.markSubmitted',
  'record.assess',
  'record.print',
  'record.savePdf',
  'setup.printRecoverySheet',
  'setup.issueRecoveryKey',
  'setup.confirmRecoveryKey',
  'pdf.fonts',
  'calendar.coverage',
  'calendar.importPack',
  'settings.get',
  'settings.save',
  'audit.list',
] as const;

export type Channel = (typeof CHANNELS)[number];

// Channels that do not count as the person being active (a status poll must not hold off auto-lock).
export const PASSIVE_CHANNELS: readonly Channel[] = ['app.about', 'vault.status'];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
