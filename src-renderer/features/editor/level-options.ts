import { CADRE_LEVEL_LABELS, LADDER_LABELS, POST_RUNGS, RANK_GRADES } from '../../../src-main/shared/form/cadre-level.ts';

// The intervener's rung, grouped by ladder as people think of it: 职务 or 职级, or honestly not known.
export const LEVEL_OPTIONS = [
  { label: LADDER_LABELS.post, title: LADDER_LABELS.post, options: POST_RUNGS.map((value) => ({ value, label: CADRE_LEVEL_LABELS[value] })) },
  {
    label: LADDER_LABELS.rankGrade,
    title: LADDER_LABELS.rankGrade,
    options: RANK_GRADES.map((value) => ({ value, label: CADRE_LEVEL_LABELS[value] })),
  },
  { label: '不详', title: '不详', options: [{ value: 'unknown', label: CADRE_LEVEL_LABELS.unknown }] },
];
