import { isInstallationRole, type InstallationRole } from '../shared/installation-role.ts';

// How main tells the sandboxed preload which role this installation has, before the page runs: a command-line
// switch of the renderer process (BrowserWindow's additionalArguments), which the page itself can neither read
// nor change.
const ROLE_SWITCH = '--liuhen-role=';

export function roleArgument(role: InstallationRole): string {
  return `${ROLE_SWITCH}${role}`;
}

// Exactly one switch naming a known role, or none at all: two switches or an unknown name are not guessed at.
export function roleOfArguments(argv: readonly string[]): InstallationRole | undefined {
  const named = argv.filter((argument) => argument.startsWith(ROLE_SWITCH)).map((argument) => argument.slice(ROLE_SWITCH.length));
  if (named.length !== 1) return undefined;
  const [role] = named;
  return isInstallationRole(role) ? role : undefined;
}
