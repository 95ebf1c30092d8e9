// Which kind of installation a vault belongs to, chosen once at setup and stored in the vault's header, where it
// is bound into every key slot: the handler's (records), a discipline body's (intake and casework), or the 领导小组
// 办公室's (annual summaries).
export const INSTALLATION_ROLES = ['handler', 'disciplineBody', 'leadingGroupOffice'] as const;
export type InstallationRole = (typeof INSTALLATION_ROLES)[number];
