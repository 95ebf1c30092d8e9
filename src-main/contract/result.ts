import { z } from 'zod';
import { USER_ERROR_CODES } from '../shared/errors.ts';

// Failures of the IPC path itself; every other code is a UserError of the core.
export const TRANSPORT_ERROR_CODES = ['UNKNOWN_CHANNEL', 'INVALID_INPUT', 'INTERNAL'] as const;

export type ErrorCode = (typeof TRANSPORT_ERROR_CODES)[number] | (typeof USER_ERROR_CODES)[number];

export const ERROR_CODES: readonly ErrorCode[] = [...TRANSPORT_ERROR_CODES, ...USER_ERROR_CODES];

export const errorCodeSchema = z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]);

export interface AppError {
  code: ErrorCode;
  message: string;
}

export const appErrorSchema = z.object({ code: errorCodeSchema, message: z.string().min(1) });

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
