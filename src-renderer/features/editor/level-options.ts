import { CADRE_LEVEL_LABELS, POST_RUNGS, RANK_GRADES } from '../../../src-main/contract/forms.ts';

// The intervener's rung, grouped by ladder as people think of it: 职务 or 职级, or honestly not known.
export const LEVEL_OPTIONS = [
  { label: '职务', title: '职务', options: POST_RUNGS.map((value) => ({ value, label: CADRE_LEVEL_LABELS[value] })) },
  { label: '职级', title: '职级', options: RANK_GRADES.map((value) => ({ value, label: CADRE_LEVEL_LABELS[value] })) },
  { label: '不详', title: '不详', options: [{ value: 'unknown', label: CADRE_LEVEL_LABELS.unknown }] },
];
