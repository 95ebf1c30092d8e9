import type { Services } from '../core/services.ts';
import type { InstallationRole } from '../shared/installation-role.ts';
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch.ts';
import { createHandlers, noteActivity } from './handlers.ts';

export { createDispatch, type Dispatch, type DispatchOptions } from './dispatch.ts';
export { createHandlers } from './handlers.ts';

export interface AppDispatchOptions {
  // 'installed': the role the vault's header names, read on every call (the app; tests that set up through the
  // page). A fixed role serves tests and tools that prepare one kind of installation.
  role: InstallationRole | 'installed';
  onInternalError?: DispatchOptions['onInternalError'] | undefined;
}

// The dispatch the app runs: real handlers over the given services, with auto-lock bookkeeping.
export function dispatchFor(services: Services, options: AppDispatchOptions): Dispatch {
  const { role, ...rest } = options;
  return createDispatch(createHandlers(services), {
    ...rest,
    role: role === 'installed' ? () => services.vault.role() : role,
    isUnlocked: () => services.vault.status().unlocked,
    beforeRequest: (channel) => noteActivity(services, channel),
  });
}
