import { z } from 'zod';

// Objects from IPC, files and the vault carry exactly the fields the form has: a misspelt or stray field is an
// error, not something to drop silently. `what` names the object in the Chinese message.
export function strictObject<Shape extends z.ZodRawShape>(what: string, shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${what}中有不认识的字段：${issue.keys.join('、')}`
        : `${what}应为一组填写内容`,
  });
}
