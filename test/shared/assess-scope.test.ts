import { describe, expect, it } from 'vitest';
import { CADRE_LEVEL_LABELS, CADRE_LEVELS, type CadreLevel } from '../../src-main/shared/form/cadre-level.ts';
import { TENURES, TENURE_LABELS, type Tenure } from '../../src-main/shared/form/tenure.ts';
import { assessScope, type ScopeVerdict } from '../../src-main/shared/scope/assess-scope.ts';

// Spelled out rung by rung from 第二条 rather than derived, so the table checks the code instead of repeating it.
const EXPECTED_BY_RUNG: Record<CadreLevel, ScopeVerdict> = {
  nationalPrincipal: 'inScope',
  nationalDeputy: 'inScope',
  provincialPrincipal: 'inScope',
  provincialDeputy: 'inScope',
  departmentPrincipal: 'inScope',
  departmentDeputy: 'inScope',
  divisionPrincipal: 'inScope',
  divisionDeputy: 'inScope',
  sectionPrincipal: 'outOfScope',
  sectionDeputy: 'outOfScope',
  firstInspector: 'inScope',
  secondInspector: 'inScope',
  firstResearcher: 'inScope',
  secondResearcher: 'inScope',
  thirdResearcher: 'outOfScope',
  fourthResearcher: 'outOfScope',
  firstPrincipalStaff: 'outOfScope',
  secondPrincipalStaff: 'outOfScope',
  thirdPrincipalStaff: 'outOfScope',
  fourthPrincipalStaff: 'outOfScope',
  firstStaff: 'outOfScope',
  secondStaff: 'outOfScope',
  unknown: 'needsJudgement',
};

const cases = CADRE_LEVELS.flatMap((level) => TENURES.map((tenure) => [level, tenure, EXPECTED_BY_RUNG[level]] as const));

describe('第二条: who is a leading cadre', () => {
  it.each(cases)('%s, %s → %s', (level: CadreLevel, tenure: Tenure, verdict: ScopeVerdict) => {
    const { verdict: actual, reason } = assessScope({ level, tenure });
    expect(actual).toBe(verdict);
    expect(reason).toContain('第二条');
    if (level !== 'unknown') expect(reason).toContain(CADRE_LEVEL_LABELS[level]);
  });

  it('says why a rung is in scope, and that leaving the post or retiring changes nothing (第二条第二款)', () => {
    expect(assessScope({ level: 'divisionDeputy', tenure: 'serving' }).reason).toBe(
      '插手干预人职务为县处级副职，属于第二条规定的县处级副职以上职务，是本办法所称领导干部。',
    );
    expect(assessScope({ level: 'secondResearcher', tenure: 'retired' }).reason).toBe(
      '插手干预人职级为二级调研员，属于第二条规定的二级调研员以上职级，是本办法所称领导干部。' +
        `其${TENURE_LABELS.retired}，依第二条第二款，仍适用本办法。`,
    );
    expect(assessScope({ level: 'firstInspector', tenure: 'leftPost' }).reason).toContain(
      '其已退出现职但未退休，依第二条第二款，仍适用本办法。',
    );
  });

  it('says why 三级调研员 alone is not in scope, and that a post could still bring the person in', () => {
    expect(assessScope({ level: 'thirdResearcher', tenure: 'serving' }).reason).toBe(
      '插手干预人职级为三级调研员，不在第二条规定的二级调研员以上职级之内，不属于本办法所称领导干部；' +
        '如其同时担任县处级副职以上职务，应按职务重新判断。',
    );
  });

  it('never guesses an unknown rung', () => {
    const { verdict, reason } = assessScope({ level: 'unknown', tenure: 'serving' });
    expect(verdict).toBe('needsJudgement');
    expect(reason).toMatch(/^插手干预人的职务或职级不详，无法依据第二条判断.*请核实后再作判断。$/);
  });
});
