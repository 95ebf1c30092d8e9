export { CHANNEL_MAPS, CHANNELS, channelsForRole, isChannel, mayCall, PASSIVE_CHANNELS, type Channel, type ChannelMap, type ChannelOf } from './channels.ts';
export { contract, type ChannelSpec, type Input, type Output } from './contract.ts';
export type { FeatureHandlers, Handler, Handlers } from './handlers.ts';
export { appErrorSchema, ERROR_CODES, fail, ok, type AppError, type ErrorCode, type Result } from './result.ts';
