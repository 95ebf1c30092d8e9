import type { FormRule } from 'antd';
import type { z } from 'zod';

// Inline validation from the same zod schema main enforces: one source of truth for every Chinese message.
export function zodRule(schema: z.ZodType): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? '内容不符合要求');
    },
  };
}
