import type { z } from 'zod';

const MAX_ISSUES_SHOWN = 3;

// Every message is Chinese: the schema's own, or zod's Chinese locale (shared/zod-messages.ts). Either way the user
// learns where the input was wrong.
export function describeInvalidInput(error: z.ZodError): string {
  const places = error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '（整体）';
    return `${path}：${issue.message}`;
  });
  return `请求内容格式不正确，未作任何改动。${places.join('；')}`;
}
