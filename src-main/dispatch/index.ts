import type { Services } from '../core/services.ts';
import type { InstallationRole } from '../shared/installation-role.ts';
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch.ts';
import { createHandlers, noteActivity } from './handlers.ts';

export { createDispatch, type Dispatch, type DispatchOptions } from './dispatch.ts';
export { createHandlers } from './handlers.ts';

export interface AppDispatchOptions {
  role: InstallationRole;
  onInternalError?: DispatchOptions['onInternalError'] | undefined;
}

// The dispatch the app runs: real handlers over the given services, with auto-lock bookkeeping.
export function dispatchFor(services: Services, options: AppDispatchOptions): Dispatch {
  return createDispatch(createHandlers(services), {
    ...options,
    isUnlocked: () => services.vault.status().unlocked,
    beforeRequest: (channel) => noteActivity(services, channel),
  });
}
