import { PASSIVE_CHANNELS, type Channel, type Input, type Output } from '../contract/index.ts';
import type { Services } from '../core/services.ts';
import { printHandlers } from './handlers/print-handlers.ts';
import { profileHandlers } from './handlers/profile-handlers.ts';
import { recordHandlers } from './handlers/record-handlers.ts';
import { setupHandlers } from './handlers/setup-handlers.ts';
import { vaultHandlers } from './handlers/vault-handlers.ts';

export type Handlers = { [C in Channel]: (input: Input<C>) => Output<C> | Promise<Output<C>> };

// Channel → the service that answers it. Adding a channel to the contract without a handler fails the typecheck.
export function createHandlers(services: Services): Handlers {
  return {
    'app.about': () => services.about.about(),
    ...vaultHandlers(services),
    ...profileHandlers(services),
    ...recordHandlers(services),
    ...printHandlers(services),
    ...setupHandlers(services),
  };
}

// Before any request, a vault idle past its grace period is locked (so such a request finds it locked); otherwise
// a request the person makes counts as activity. Within the grace period requests are still served, so the
// page's last save lands, but they no longer revive the session.
export function noteActivity(services: Services, channel: Channel): void {
  if (PASSIVE_CHANNELS.includes(channel)) {
    services.vault.lockIfIdleAfterGrace();
    return;
  }
  if (!services.vault.lockIfIdleAfterGrace()) services.vault.touch();
}
