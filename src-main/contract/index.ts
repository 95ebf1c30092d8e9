export { CHANNELS, isChannel, PASSIVE_CHANNELS, type Channel } from './channels.ts';
export { contract, type Input, type Output } from './contract.ts';
export { appErrorSchema, ERROR_CODES, fail, ok, type AppError, type ErrorCode, type Result } from './result.ts';
