import { z } from 'zod';

// The two ladders an intervener can stand on, senior rung first.
// 职务 (post): the 领导职务层次 of the 公务员法.
export const POST_RUNGS = [
  'nationalPrincipal',
  'nationalDeputy',
  'provincialPrincipal',
  'provincialDeputy',
  'departmentPrincipal',
  'departmentDeputy',
  'divisionPrincipal',
  'divisionDeputy',
  'sectionPrincipal',
  'sectionDeputy',
] as const;
export type PostRung = (typeof POST_RUNGS)[number];

// 职级 (rank grade): the 综合管理类 sequence of the 公务员职务与职级并行规定.
export const RANK_GRADES = [
  'firstInspector',
  'secondInspector',
  'firstResearcher',
  'secondResearcher',
  'thirdResearcher',
  'fourthResearcher',
  'firstPrincipalStaff',
  'secondPrincipalStaff',
  'thirdPrincipalStaff',
  'fourthPrincipalStaff',
  'firstStaff',
  'secondStaff',
] as const;
export type RankGrade = (typeof RANK_GRADES)[number];

// 'unknown' is a real answer: the handler may not know the intervener's rung, and nothing may guess it.
export const CADRE_LEVELS = [...POST_RUNGS, ...RANK_GRADES, 'unknown'] as const;
export type CadreLevel = (typeof CADRE_LEVELS)[number];
export type KnownCadreLevel = Exclude<CadreLevel, 'unknown'>;

export const LADDERS = ['post', 'rankGrade'] as const;
export type Ladder = (typeof LADDERS)[number];
export const LADDER_LABELS: Readonly<Record<Ladder, string>> = { post: '职务', rankGrade: '职级' };

export const CADRE_LEVEL_LABELS: Readonly<Record<CadreLevel, string>> = {
  nationalPrincipal: '国家级正职',
  nationalDeputy: '国家级副职',
  provincialPrincipal: '省部级正职',
  provincialDeputy: '省部级副职',
  departmentPrincipal: '厅局级正职',
  departmentDeputy: '厅局级副职',
  divisionPrincipal: '县处级正职',
  divisionDeputy: '县处级副职',
  sectionPrincipal: '乡科级正职',
  sectionDeputy: '乡科级副职',
  firstInspector: '一级巡视员',
  secondInspector: '二级巡视员',
  firstResearcher: '一级调研员',
  secondResearcher: '二级调研员',
  thirdResearcher: '三级调研员',
  fourthResearcher: '四级调研员',
  firstPrincipalStaff: '一级主任科员',
  secondPrincipalStaff: '二级主任科员',
  thirdPrincipalStaff: '三级主任科员',
  fourthPrincipalStaff: '四级主任科员',
  firstStaff: '一级科员',
  secondStaff: '二级科员',
  unknown: '职务职级不详',
};

// 第二条 draws the line at "县处级副职以上职务" and "二级调研员以上职级"; 以上 includes the rung named.
export const LEADING_CADRE_POST_FLOOR: PostRung = 'divisionDeputy';
export const LEADING_CADRE_RANK_GRADE_FLOOR: RankGrade = 'secondResearcher';

// 第九条 and 填表说明5 send cases "涉及司局级领导干部" straight to the stationed group. In the ministry 司局级 is the
// 厅局级 of the post ladder (司长 厅局级正职, 副司长 厅局级副职). On the rank-grade ladder the 并行规定 makes 一级巡视员
// correspond to 厅局级正职 and 二级巡视员 to 厅局级副职, and the ministry has always counted its 巡视员 as 司局级
// cadres; so both count here. 一级调研员 and below correspond to 县处级 and are not 司局级. Rungs above 厅局级
// (省部级, 国家级) are all the more a matter for the stationed group.
export const BUREAU_LEVEL_POST_FLOOR: PostRung = 'departmentDeputy';
export const BUREAU_LEVEL_RANK_GRADE_FLOOR: RankGrade = 'secondInspector';

export interface CadreRungInfo {
  ladder: Ladder;
  label: string;
  // A 领导干部 of 第二条 by this rung alone.
  leadingCadre: boolean;
  // 司局级 or above, for routing.
  bureauLevelOrAbove: boolean;
}

function isPostRung(level: KnownCadreLevel): level is PostRung {
  return (POST_RUNGS as readonly string[]).includes(level);
}

function atOrAbove<T extends string>(ladder: readonly T[], rung: T, floor: T): boolean {
  return ladder.indexOf(rung) <= ladder.indexOf(floor);
}

export function cadreRungInfo(level: KnownCadreLevel): CadreRungInfo {
  if (isPostRung(level)) {
    return {
      ladder: 'post',
      label: CADRE_LEVEL_LABELS[level],
      leadingCadre: atOrAbove(POST_RUNGS, level, LEADING_CADRE_POST_FLOOR),
      bureauLevelOrAbove: atOrAbove(POST_RUNGS, level, BUREAU_LEVEL_POST_FLOOR),
    };
  }
  return {
    ladder: 'rankGrade',
    label: CADRE_LEVEL_LABELS[level],
    leadingCadre: atOrAbove(RANK_GRADES, level, LEADING_CADRE_RANK_GRADE_FLOOR),
    bureauLevelOrAbove: atOrAbove(RANK_GRADES, level, BUREAU_LEVEL_RANK_GRADE_FLOOR),
  };
}

export const cadreLevelSchema = z.enum(CADRE_LEVELS, {
  error: '请选择插手干预人的职务或职级；不清楚的，请选择“职务职级不详”',
});
