// The preload's allow-list. Kept free of imports so the sandboxed preload bundle stays tiny.
export const CHANNELS = [
  'app.about',
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.reportActivity',
  'vault.autoLock',
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

// Channels that do not count as the person being active: a status poll must not hold off auto-lock, nor may the
// page's own request to auto-lock. vault.reportActivity is deliberately not among them: it is how typing,
// scrolling and reading (which make no request) count, and going the way of every other request means that a
// report arriving after the idle time has run out does not revive the session.
export const PASSIVE_CHANNELS: readonly Channel[] = ['app.about', 'vault.status', 'vault.autoLock'];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
