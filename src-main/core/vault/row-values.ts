import type { z } from 'zod';
import { fromUtf8 } from './bytes.ts';
import { rowFailure } from './row-failure.ts';

// A decrypted row's bytes as the value its schema describes; anything else is unreadable, named by `what`.
export function parseRowValue<S extends z.ZodType>(plaintext: Uint8Array, schema: S, what: string): z.output<S> {
  const parsed = schema.safeParse(parseRowJson(plaintext));
  if (!parsed.success) throw rowFailure('ROW_UNREADABLE', what);
  return parsed.data;
}

// Authenticated bytes that are not JSON fail the schema like any other unexpected shape.
export function parseRowJson(plaintext: Uint8Array): unknown {
  try {
    return JSON.parse(fromUtf8(plaintext));
  } catch {
    return undefined;
  }
}
