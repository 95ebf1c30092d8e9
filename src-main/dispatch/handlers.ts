import type { Channel, Input, Output } from '../contract/index.ts';
import type { Services } from '../core/services.ts';

export type Handlers = { [C in Channel]: (input: Input<C>) => Output<C> | Promise<Output<C>> };

// One line per channel: which service answers it. Adding a channel to the contract without a handler
// fails the typecheck.
export function createHandlers(services: Services): Handlers {
  return {
    'app.about': () => services.about.about(),
  };
}
