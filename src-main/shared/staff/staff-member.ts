import { z } from 'zod';
import { PERSON_NAME_MAX_CHARS } from '../form/field-limits.ts';
import { strictObject } from '../form/strict-object.ts';
import { textField } from '../form/text-field.ts';

// The people of a discipline body who work on one installation (issue 15): officers, and the head
// (主要负责人), who alone signs the annual summary (签批, 第八条).
export const STAFF_ROLES = ['officer', 'head'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_ROLE_LABELS: Readonly<Record<StaffRole, string>> = {
  officer: '纪检干部',
  head: '纪检组织主要负责人',
};

const hex = (bytes: number, subject: string) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `${subject}有误`);
const instant = z.iso.datetime({ offset: true });

// One person: the vault account (passphrase slot) they open it with, and their own Ed25519 key, which signs what
// only they may sign. The seed never leaves the vault, and goes when their account is removed: nobody signs as them
// again, while the public key stays to check what they signed.
export const staffMemberSchema = strictObject('纪检组织工作人员', {
  name: textField({ subject: '姓名', maxChars: PERSON_NAME_MAX_CHARS, multiline: false }),
  role: z.enum(STAFF_ROLES, { error: '请选择纪检干部或纪检组织主要负责人' }),
  slotId: z.string().min(1).max(64),
  signSeed: hex(32, '签名密钥').nullable(),
  signPublicKey: hex(32, '签名公钥'),
  addedAt: instant,
  removedAt: instant.nullable(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

// What a person asks for when adding someone; the passphrase is theirs to choose, told to nobody else.
export const staffAddSchema = z
  .object({
    name: textField({ subject: '姓名', maxChars: PERSON_NAME_MAX_CHARS, multiline: false }),
    role: z.enum(STAFF_ROLES, { error: '请选择纪检干部或纪检组织主要负责人' }),
  })
  .strict();
export type StaffAdd = z.infer<typeof staffAddSchema>;

// How a member is named on the audit trail.
export function staffLabel(member: Pick<StaffMember, 'name' | 'role'>): string {
  return `${STAFF_ROLE_LABELS[member.role]}${member.name}`;
}
