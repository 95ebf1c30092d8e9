import { z } from 'zod';

// 第二条 names the 领导干部 of this rule by the organisation they serve in, and draws a different line in each:
// the civil-service bodies (通信管理局, 部机关司局) by post and rank grade; the ministry's own enterprises and
// institutions, non-centrally-managed universities and the funds it administers by 领导班子成员, 内设管理机构领导人员
// and 相当于县处级副职以上的干部; the centrally managed universities by 内设管理机构领导人员 alone. Anyone else is
// not a 领导干部 of this rule, though the handler may still record what happened.
export const ORGANISATION_KINDS = [
  'telecomAdministration',
  'ministryDepartment',
  'ministryAffiliate',
  'centrallyManagedUniversity',
  'outsideSystem',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  telecomAdministration: '省（自治区、直辖市）通信管理局',
  ministryDepartment: '部机关司局',
  ministryAffiliate: '部直属企事业单位、非中管部属高校、部代管基金',
  centrallyManagedUniversity: '中管部属高校',
  outsideSystem: '本系统以外',
};

export const ORGANISATION_KIND_FIELD_LABEL = '插手干预人所在单位类别';

export const organisationKindSchema = z.enum(ORGANISATION_KINDS, {
  error: '请选择插手干预人所在单位类别；不属于第二条所列单位的，请选择“本系统以外”',
});
