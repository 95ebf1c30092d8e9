import type { FormRule } from 'antd';
import type { z } from 'zod';

// antd wants a validator to answer with a promise; the checks here are synchronous and throw their Chinese message,
// which the promise carries as its rejection.
export function checkedBy<T>(check: (value: T) => void): (rule: unknown, value: T) => Promise<void> {
  return (_rule, value) =>
    new Promise<void>((resolve) => {
      check(value);
      resolve();
    });
}

// Inline validation from the same zod schema main enforces: one source of truth for every Chinese message.
export function zodRule(schema: z.ZodType): FormRule {
  return {
    validator: checkedBy((value: unknown) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? '内容不符合要求');
    }),
  };
}
