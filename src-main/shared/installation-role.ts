// Who an installation serves, chosen once at setup: the 重大事项承办人员 who record, the 纪检组织 that receives and
// assesses the records, or the 领导小组办公室 that gathers the annual summaries. The vault header stores one of
// these names; each role has its own channels (src-main/contract/channels.ts).
export const INSTALLATION_ROLES = ['handler', 'disciplineBody', 'leadingGroupOffice'] as const;

export type InstallationRole = (typeof INSTALLATION_ROLES)[number];

export const INSTALLATION_ROLE_LABELS: Readonly<Record<InstallationRole, string>> = {
  handler: '重大事项承办人员',
  disciplineBody: '纪检组织',
  leadingGroupOffice: '领导小组办公室',
};

export function isInstallationRole(value: unknown): value is InstallationRole {
  return typeof value === 'string' && (INSTALLATION_ROLES as readonly string[]).includes(value);
}
