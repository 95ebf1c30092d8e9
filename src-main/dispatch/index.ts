export { createDispatch, type Dispatch, type DispatchOptions } from './dispatch.ts';
export { createHandlers, type Handlers } from './handlers.ts';
