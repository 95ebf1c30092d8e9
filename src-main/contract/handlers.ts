import type { Channel } from './channels.ts';
import type { Input, Output } from './contract.ts';

// The main process's side of the contract: a channel is answered by one function of its validated input.
export type Handler<C extends Channel> = (input: Input<C>) => Output<C> | Promise<Output<C>>;

export type Handlers = { [C in Channel]: Handler<C> };

// What one feature answers: its handlers sit beside its service and are spread into the dispatch table.
export type FeatureHandlers<C extends Channel> = Pick<Handlers, C>;
