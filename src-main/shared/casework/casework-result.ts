import type { z } from 'zod';

// What a casework rule answers: the new state, or the one Chinese sentence that says why nothing changed.
export type CaseworkResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function refused<T = never>(message: string): CaseworkResult<T> {
  return { ok: false, message };
}

// zod's first issue, already worded in Chinese by the schemas of src-main/shared/form.
export function parsed<T>(result: z.ZodSafeParseResult<T>): CaseworkResult<T> {
  if (result.success) return { ok: true, value: result.data };
  return refused(result.error.issues[0]?.message ?? '填写内容有误');
}
