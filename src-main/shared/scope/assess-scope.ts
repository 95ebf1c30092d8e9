import { assertNever } from '../assert-never.ts';
import {
  CADRE_LEVEL_LABELS,
  LEADING_CADRE_POST_FLOOR,
  LEADING_CADRE_RANK_GRADE_FLOOR,
  RANK_GRADES,
  cadreRungInfo,
  type CadreLevel,
  type CadreRungInfo,
  type KnownCadreLevel,
  type RankGrade,
} from '../form/cadre-level.ts';
import { ORGANISATION_KIND_LABELS, type OrganisationKind } from '../form/organisation-kind.ts';
import { TENURE_LABELS, type Tenure } from '../form/tenure.ts';

export const SCOPE_VERDICTS = ['inScope', 'outOfScope', 'needsJudgement'] as const;
export type ScopeVerdict = (typeof SCOPE_VERDICTS)[number];

export const SCOPE_VERDICT_LABELS: Readonly<Record<ScopeVerdict, string>> = {
  inScope: '属于本办法所称领导干部',
  outOfScope: '不属于本办法所称领导干部',
  needsJudgement: '需要核实后判断',
};

export interface ScopeAssessment {
  verdict: ScopeVerdict;
  reason: string;
}

export interface ScopeInput {
  level: CadreLevel;
  tenure: Tenure;
  // Absent in entries written before the kind was asked: they are read as before, by the civil-service line.
  organisationKind?: OrganisationKind;
}

const POST_FLOOR_LABEL = CADRE_LEVEL_LABELS[LEADING_CADRE_POST_FLOOR];
const RANK_GRADE_FLOOR_LABEL = CADRE_LEVEL_LABELS[LEADING_CADRE_RANK_GRADE_FLOOR];
// "相当于县处级副职以上的干部": by the 公务员职务与职级并行规定, 三级、四级调研员 correspond to 县处级副职, so a rank
// grade counts from 四级调研员 where the rule speaks of equivalence rather than of civil servants' rank grades.
export const EQUIVALENT_RANK_GRADE_FLOOR: RankGrade = 'fourthResearcher';
const EQUIVALENT_FLOOR_LABEL = CADRE_LEVEL_LABELS[EQUIVALENT_RANK_GRADE_FLOOR];
const AFFILIATE_ROLES = '领导班子成员或内设管理机构领导人员';

// 第二条: is the intervener a 领导干部 of this rule? Decided from the organisation kind and the rung, never guessed
// where the rule turns on a role the form does not ask for.
export function assessScope({ level, tenure, organisationKind }: ScopeInput): ScopeAssessment {
  if (organisationKind === 'outsideSystem') return { verdict: 'outOfScope', reason: outsideSystemReason() };
  if (organisationKind === 'centrallyManagedUniversity') return centrallyManagedUniversityScope(level, tenure);
  if (level === 'unknown') {
    return {
      verdict: 'needsJudgement',
      reason:
        `插手干预人的职务或职级不详，无法依据第二条判断其是否属于本办法所称领导干部（${POST_FLOOR_LABEL}以上职务，` +
        `或${RANK_GRADE_FLOOR_LABEL}以上职级的公务员，以及相当于${POST_FLOOR_LABEL}以上的干部），请核实后再作判断。`,
    };
  }
  if (organisationKind === 'ministryAffiliate') return affiliateScope(level, tenure);
  const rung = cadreRungInfo(level);
  if (!rung.leadingCadre) return { verdict: 'outOfScope', reason: outOfScopeReason(rung) };
  return { verdict: 'inScope', reason: `${inScopeReason(rung)}${tenureClause(tenure)}` };
}

function outsideSystemReason(): string {
  return (
    '插手干预人所在单位不属于第二条所列的通信管理局、部机关司局、部直属企事业单位、部属高校或部代管基金，' +
    '不是本办法所称领导干部，第二条不适用。仍可如实记录，建议将记录表报告本单位纪检组织，由其判断处理。'
  );
}

function centrallyManagedUniversityScope(level: CadreLevel, tenure: Tenure): ScopeAssessment {
  const rung = CADRE_LEVEL_LABELS[level];
  return {
    verdict: 'needsJudgement',
    reason:
      `插手干预人为中管部属高校人员（${rung}）。依第二条，中管部属高校仅其内设管理机构领导人员属于本办法所称领导干部，` +
      `不以职务职级划分；请核实其是否为内设管理机构领导人员，是则属于。${tenureClause(tenure)}`,
  };
}

function affiliateScope(level: KnownCadreLevel, tenure: Tenure): ScopeAssessment {
  const rung = cadreRungInfo(level);
  const kind = ORGANISATION_KIND_LABELS.ministryAffiliate;
  if (affiliateEquivalentAtOrAbove(level)) {
    const floor = rung.ladder === 'post' ? POST_FLOOR_LABEL : EQUIVALENT_FLOOR_LABEL;
    return {
      verdict: 'inScope',
      reason:
        `插手干预人为${kind}人员，${rung.label}（${floor}以上）属于第二条规定的相当于${POST_FLOOR_LABEL}以上的干部，` +
        `是本办法所称领导干部。${tenureClause(tenure)}`,
    };
  }
  return {
    verdict: 'needsJudgement',
    reason:
      `插手干预人为${kind}人员，${rung.label}低于第二条规定的相当于${POST_FLOOR_LABEL}以上；` +
      `但该类单位的${AFFILIATE_ROLES}不论职级均属于本办法所称领导干部，请核实其是否担任。`,
  };
}

function affiliateEquivalentAtOrAbove(level: KnownCadreLevel): boolean {
  const rung = cadreRungInfo(level);
  if (rung.ladder === 'post') return rung.leadingCadre;
  const grades: readonly string[] = RANK_GRADES;
  return grades.indexOf(level) <= grades.indexOf(EQUIVALENT_RANK_GRADE_FLOOR);
}

function inScopeReason(rung: CadreRungInfo): string {
  switch (rung.ladder) {
    case 'post':
      return `插手干预人职务为${rung.label}，属于第二条规定的${POST_FLOOR_LABEL}以上职务，是本办法所称领导干部。`;
    case 'rankGrade':
      return `插手干预人职级为${rung.label}，属于第二条规定的${RANK_GRADE_FLOOR_LABEL}以上职级，是本办法所称领导干部。`;
    default:
      return assertNever(rung.ladder);
  }
}

// A person may hold a post and a rank grade at once; one rung below the line does not rule out the other.
function outOfScopeReason(rung: CadreRungInfo): string {
  switch (rung.ladder) {
    case 'post':
      return (
        `插手干预人职务为${rung.label}，低于第二条规定的${POST_FLOOR_LABEL}以上职务，不属于本办法所称领导干部；` +
        `如其职级为${RANK_GRADE_FLOOR_LABEL}以上，应按职级重新判断。`
      );
    case 'rankGrade':
      return (
        `插手干预人职级为${rung.label}，不在第二条规定的${RANK_GRADE_FLOOR_LABEL}以上职级之内，不属于本办法所称领导干部；` +
        `如其同时担任${POST_FLOOR_LABEL}以上职务，应按职务重新判断。`
      );
    default:
      return assertNever(rung.ladder);
  }
}

function tenureClause(tenure: Tenure): string {
  switch (tenure) {
    case 'serving':
      return '';
    case 'leftPost':
    case 'retired':
      return `其${TENURE_LABELS[tenure]}，依第二条第二款，仍适用本办法。`;
    default:
      return assertNever(tenure);
  }
}
