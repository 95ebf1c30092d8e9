import { describe, expect, it } from 'vitest';
import { CADRE_LEVEL_LABELS, CADRE_LEVELS, type CadreLevel } from '../../src-main/shared/form/cadre-level.ts';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../src-main/shared/form/organisation-kind.ts';
import { TENURES, type Tenure } from '../../src-main/shared/form/tenure.ts';
import { assessScope, type ScopeVerdict } from '../../src-main/shared/scope/assess-scope.ts';

// Spelled out from 第二条 kind by kind, rung by rung, rather than derived from the code.
// 通信管理局 and 部机关司局: 县处级副职以上职务, 二级调研员以上职级的公务员.
const CIVIL_SERVICE: Record<CadreLevel, ScopeVerdict> = {
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

// 部直属企事业单位、非中管部属高校、部代管基金: 相当于县处级副职以上的干部 are in; below that line the person may still
// be a 领导班子成员 or 内设管理机构领导人员, which the rung cannot tell.
const AFFILIATE: Record<CadreLevel, ScopeVerdict> = {
  ...CIVIL_SERVICE,
  sectionPrincipal: 'needsJudgement',
  sectionDeputy: 'needsJudgement',
  thirdResearcher: 'inScope',
  fourthResearcher: 'inScope',
  firstPrincipalStaff: 'needsJudgement',
  secondPrincipalStaff: 'needsJudgement',
  thirdPrincipalStaff: 'needsJudgement',
  fourthPrincipalStaff: 'needsJudgement',
  firstStaff: 'needsJudgement',
  secondStaff: 'needsJudgement',
};

const everyRung = (verdict: ScopeVerdict) =>
  Object.fromEntries(CADRE_LEVELS.map((level) => [level, verdict])) as Record<CadreLevel, ScopeVerdict>;

const EXPECTED: Record<OrganisationKind, Record<CadreLevel, ScopeVerdict>> = {
  telecomAdministration: CIVIL_SERVICE,
  ministryDepartment: CIVIL_SERVICE,
  ministryAffiliate: AFFILIATE,
  // 中管部属高校: 内设管理机构领导人员 only, whatever the rung.
  centrallyManagedUniversity: everyRung('needsJudgement'),
  outsideSystem: everyRung('outOfScope'),
};

const cases = ORGANISATION_KINDS.flatMap((organisationKind) =>
  CADRE_LEVELS.flatMap((level) =>
    TENURES.map((tenure) => [organisationKind, level, tenure, EXPECTED[organisationKind][level]] as const),
  ),
);

describe('第二条 by the intervener’s organisation', () => {
  it.each(cases)('%s, %s, %s → %s', (organisationKind: OrganisationKind, level: CadreLevel, tenure: Tenure, verdict: ScopeVerdict) => {
    const { verdict: actual, reason } = assessScope({ level, tenure, organisationKind });
    expect(actual).toBe(verdict);
    expect(reason).toContain('第二条');
    if (level !== 'unknown' && organisationKind !== 'outsideSystem') expect(reason).toContain(CADRE_LEVEL_LABELS[level]);
    // 第二条第二款 carries a covered person past leaving the post or retiring; it never brings anyone in.
    if (verdict === 'inScope' && tenure !== 'serving') expect(reason).toContain('依第二条第二款，仍适用本办法');
  });

  it('says which clause does not apply to someone outside the system, and suggests reporting anyway', () => {
    const { reason } = assessScope({ level: 'departmentPrincipal', tenure: 'serving', organisationKind: 'outsideSystem' });
    expect(reason).toBe(
      '插手干预人所在单位不属于第二条所列的通信管理局、部机关司局、部直属企事业单位、部属高校或部代管基金，' +
        '不是本办法所称领导干部，第二条不适用。仍可如实记录，建议将记录表报告本单位纪检组织，由其判断处理。',
    );
  });

  it('names the roles the rung cannot tell', () => {
    expect(assessScope({ level: 'sectionPrincipal', tenure: 'serving', organisationKind: 'ministryAffiliate' }).reason).toContain(
      '领导班子成员或内设管理机构领导人员不论职级均属于本办法所称领导干部，请核实其是否担任',
    );
    expect(assessScope({ level: 'divisionPrincipal', tenure: 'serving', organisationKind: 'centrallyManagedUniversity' }).reason).toContain(
      '中管部属高校仅其内设管理机构领导人员属于本办法所称领导干部',
    );
  });

  it('reads an entry written before the kind was asked as before: by the civil-service line', () => {
    for (const level of CADRE_LEVELS) {
      expect(assessScope({ level, tenure: 'serving' })).toEqual(assessScope({ level, tenure: 'serving', organisationKind: 'ministryDepartment' }));
    }
  });
});
