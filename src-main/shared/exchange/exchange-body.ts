import { z } from 'zod';
import { PERSON_NAME_MAX_CHARS, UNIT_NAME_MAX_CHARS } from '../form/field-limits.ts';
import { strictObject } from '../form/strict-object.ts';
import { textField } from '../form/text-field.ts';

// The bodies a record or a forward can be addressed to, in the rule's own words (第五条, 第九条).
export const BODY_KINDS = ['单位纪检组织', '部直属机关纪委', '驻部纪检监察组', '部党风廉政建设责任制领导小组办公室'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const bodyIdentitySchema = strictObject('纪检组织名称', {
  kind: z.enum(BODY_KINDS, { error: `纪检组织类别应为：${BODY_KINDS.join('、')}` }),
  unit: textField({ subject: '所在单位', maxChars: UNIT_NAME_MAX_CHARS, multiline: false }),
  name: textField({ subject: '纪检组织名称', maxChars: PERSON_NAME_MAX_CHARS, multiline: false }),
});
export type BodyIdentity = z.infer<typeof bodyIdentitySchema>;

export function describeBody({ kind, unit, name }: BodyIdentity): string {
  return `${unit}${name}（${kind}）`;
}
