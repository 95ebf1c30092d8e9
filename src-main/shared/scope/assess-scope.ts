import { assertNever } from '../assert-never.ts';
import {
  CADRE_LEVEL_LABELS,
  LEADING_CADRE_POST_FLOOR,
  LEADING_CADRE_RANK_GRADE_FLOOR,
  cadreRungInfo,
  type CadreLevel,
  type CadreRungInfo,
} from '../form/cadre-level.ts';
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

const POST_FLOOR_LABEL = CADRE_LEVEL_LABELS[LEADING_CADRE_POST_FLOOR];
const RANK_GRADE_FLOOR_LABEL = CADRE_LEVEL_LABELS[LEADING_CADRE_RANK_GRADE_FLOOR];

// 第二条: is the intervener a 领导干部 of this rule? Decided from the rung alone, never guessed when it is unknown.
export function assessScope({ level, tenure }: { level: CadreLevel; tenure: Tenure }): ScopeAssessment {
  if (level === 'unknown') {
    return {
      verdict: 'needsJudgement',
      reason:
        `插手干预人的职务或职级不详，无法依据第二条判断其是否属于本办法所称领导干部（${POST_FLOOR_LABEL}以上职务，` +
        `或${RANK_GRADE_FLOOR_LABEL}以上职级的公务员，以及相当于${POST_FLOOR_LABEL}以上的干部），请核实后再作判断。`,
    };
  }
  const rung = cadreRungInfo(level);
  if (!rung.leadingCadre) return { verdict: 'outOfScope', reason: outOfScopeReason(rung) };
  return { verdict: 'inScope', reason: `${inScopeReason(rung)}${tenureClause(tenure)}` };
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
