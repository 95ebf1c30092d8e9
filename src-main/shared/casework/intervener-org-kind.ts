import { z } from 'zod';

// 第二条 names the kinds of organisation a 领导干部 may serve in; the body classifies each intervener (the 记录表 has
// no such cell), so the annual summary can count by it. `outsideSystem` covers interveners from outside the
// ministry's system, whom the handler must record all the same.
export const INTERVENER_ORG_KINDS = [
  'bureauOrProvincialAdministration',
  'affiliatedInstitution',
  'centrallyManagedUniversity',
  'outsideSystem',
] as const;
export type IntervenerOrgKind = (typeof INTERVENER_ORG_KINDS)[number];

export const INTERVENER_ORG_KIND_LABELS: Readonly<Record<IntervenerOrgKind, string>> = {
  bureauOrProvincialAdministration: '部机关司局、省（自治区、直辖市）通信管理局',
  affiliatedInstitution: '部直属企事业单位、非中管部属高校、部代管基金',
  centrallyManagedUniversity: '中管部属高校',
  outsideSystem: '部系统外单位',
};

export const UNCLASSIFIED_ORG_KIND_LABEL = '尚未分类';

export const intervenerOrgKindSchema = z.enum(INTERVENER_ORG_KINDS, { error: '所选单位类别不在第二条所列类别之内' });
