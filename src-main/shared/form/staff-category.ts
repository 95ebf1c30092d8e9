import { z } from 'zod';

// 第五条: 重大事项承办人员 are "本单位正式人员、挂职人员、借调人员等所有工作人员". Kept in the handler's profile so a
// seconded handler sees the rule applies to them; the annex has no cell for it, so it is never printed.
export const STAFF_CATEGORIES = ['regular', 'postedOnAssignment', 'seconded', 'other'] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

export const STAFF_CATEGORY_LABELS: Readonly<Record<StaffCategory, string>> = {
  regular: '正式人员',
  postedOnAssignment: '挂职人员',
  seconded: '借调人员',
  other: '其他',
};

export const STAFF_CATEGORY_FIELD_LABEL = '人员类别';

export const staffCategorySchema = z.enum(STAFF_CATEGORIES, { error: '请选择人员类别：正式人员、挂职人员、借调人员或其他' });
