import { z } from 'zod';

// Every failure that crosses IPC carries one of these codes; the message is what the user reads.
export const ERROR_CODES = ['UNKNOWN_CHANNEL', 'INVALID_INPUT', 'INVALID_OUTPUT', 'INTERNAL'] as const;

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string().min(1),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
