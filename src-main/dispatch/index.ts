import type { Services } from '../core/services.ts';
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch.ts';
import { createHandlers, noteActivity } from './handlers.ts';

export { createDispatch, type Dispatch, type DispatchOptions } from './dispatch.ts';
export { createHandlers, type Handlers } from './handlers.ts';

// The dispatch the app runs: real handlers over the given services, with auto-lock bookkeeping.
export function dispatchFor(services: Services, options: Pick<DispatchOptions, 'onInternalError'> = {}): Dispatch {
  return createDispatch(createHandlers(services), { ...options, beforeRequest: (channel) => noteActivity(services, channel) });
}
