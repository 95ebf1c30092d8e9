import { INSTALLATION_ROLES, type InstallationRole } from '../shared/installation-role.ts';

// The channels, in one map per part of the program, with the roles whose installation may call them. Kept free
// of everything but the role names so the sandboxed preload bundle stays tiny.
export const CHANNEL_MAPS = {
  // The vault, settings, calendar, fonts and about: every installation has them.
  common: {
    roles: INSTALLATION_ROLES,
    channels: [
      'app.about',
      'vault.status',
      'vault.create',
      'vault.unlock',
      'vault.lock',
      'vault.reportActivity',
      'vault.autoLock',
      'vault.recover',
      'vault.changePassphrase',
      'vault.verification',
      'vault.backup',
      'vault.backupReminder',
      'vault.restore',
      'setup.printRecoverySheet',
      'setup.issueRecoveryKey',
      'setup.confirmRecoveryKey',
      'pdf.fonts',
      'calendar.coverage',
      'calendar.importPack',
      'settings.get',
      'settings.save',
      'audit.list',
      'exchange.trustedKeys',
      'exchange.chooseKeyFile',
      'exchange.trustKeyFile',
      'calendar.importSignedPack',
    ],
  },
  // Recording, printing and exporting the 记录表, and the receipts that come back.
  handler: {
    roles: ['handler'],
    channels: [
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
      'record.withdrawSubmission',
      'record.version',
      'record.assess',
      'record.print',
      'record.savePdf',
      'record.exportRoutes',
      'record.export',
      'record.importReceipt',
      'record.receipts',
    ],
  },
  // The body's keys, intake, cases and the annual summary.
  discipline: {
    roles: ['disciplineBody'],
    channels: [
      'body.status',
      'body.setUp',
      'body.saveKeyFile',
      'body.printKeyNotice',
      'body.signCalendarPack',
      'intake.importFolder',
      'intake.importFiles',
      'intake.progress',
      'intake.list',
      'intake.checkPaper',
      'intake.acceptKeyChange',
      'intake.exportReceipt',
      'intake.forward',
      'casework.inbox',
      'casework.get',
      'casework.keyInPaper',
      'casework.changeReceivedOn',
      'casework.classifyIntervenerOrg',
      'casework.assess',
      'casework.addStep',
      'casework.decideJurisdiction',
      'casework.getSettings',
      'casework.stepKindUses',
      'casework.today',
      'casework.signOff',
      'staff.list',
      'staff.registerFirst',
      'staff.add',
      'staff.remove',
      'casework.saveSettings',
      'casework.summary',
      'casework.saveSummary',
      'casework.exportSealedSummary',
      'intervener.list',
      'intervener.merge',
      'intervener.split',
      'finding.list',
      'finding.add',
      'finding.addStep',
    ],
  },
  // The 领导小组办公室: its keys, the units' sealed summaries and their aggregation (第八条).
  office: {
    roles: ['leadingGroupOffice'],
    channels: [
      'office.status',
      'office.setUp',
      'office.saveKeyFile',
      'office.printKeyNotice',
      'office.importFiles',
      'office.importFolder',
      'office.importProgress',
      'office.summary',
      'office.today',
    ],
  },
} as const satisfies Record<string, { roles: readonly InstallationRole[]; channels: readonly string[] }>;

export type ChannelMap = keyof typeof CHANNEL_MAPS;
export type ChannelOf<M extends ChannelMap> = (typeof CHANNEL_MAPS)[M]['channels'][number];
export type Channel = ChannelOf<ChannelMap>;

const MAP_NAMES = Object.keys(CHANNEL_MAPS) as ChannelMap[];

export const CHANNELS: readonly Channel[] = MAP_NAMES.flatMap((map) => CHANNEL_MAPS[map].channels);

// Channels that do not count as the person being active: a status poll must not hold off auto-lock, nor may the
// page's own request to auto-lock. vault.reportActivity is deliberately not among them: it is how typing,
// scrolling and reading (which make no request) count, and going the way of every other request means that a
// report arriving after the idle time has run out does not revive the session.
export const PASSIVE_CHANNELS: readonly Channel[] = ['app.about', 'vault.status', 'vault.autoLock', 'vault.verification', 'intake.progress', 'office.importProgress'];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

export function channelsForRole(role: InstallationRole): readonly Channel[] {
  return MAP_NAMES.filter((map) => (CHANNEL_MAPS[map].roles as readonly InstallationRole[]).includes(role)).flatMap(
    (map) => CHANNEL_MAPS[map].channels,
  );
}

export function mayCall(role: InstallationRole, channel: Channel): boolean {
  return channelsForRole(role).includes(channel);
}
