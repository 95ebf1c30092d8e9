import { z } from 'zod';
import { STAFF_ROLES, staffAddSchema } from '../shared/staff/staff-member.ts';

// The discipline body's staff as the page sees them: never a key, never a passphrase once sent.
export const staffView = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
  addedAt: z.string(),
  removedAt: z.string().nullable(),
  current: z.boolean(),
});

export const staffRegisterInput = z.object({ member: staffAddSchema }).strict();
export const staffAddInput = z.object({ member: staffAddSchema, passphrase: z.string().min(1, '请输入口令').max(1024, '口令过长') }).strict();
export const staffRemoveInput = z.object({ id: z.string().regex(/^[0-9a-f]{32}$/, '工作人员编号有误') }).strict();
