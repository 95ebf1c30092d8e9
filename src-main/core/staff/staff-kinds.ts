import { staffMemberSchema } from '../../shared/staff/staff-member.ts';
import { storedKind } from '../vault/stored-kind.ts';

// One row per person who has had an account on this installation, under a random id; a removed person's row stays
// (with removedAt) so the trail keeps naming them.
export const staffMemberKind = storedKind({ name: 'staff-members', label: '纪检组织工作人员', schema: staffMemberSchema });
