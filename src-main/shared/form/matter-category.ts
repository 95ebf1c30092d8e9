import { z } from 'zod';

// 第四条: the five categories of 重大事项 and the items it lists under each. The items are examples ("等事项"),
// so an entry may name a matter of a category without picking one of them; the fifth category lists none.
export const MATTER_CATEGORIES = ['personnel', 'projectArrangement', 'construction', 'disciplineSupervision', 'other'] as const;
export type MatterCategory = (typeof MATTER_CATEGORIES)[number];

export const MATTER_ITEMS = [
  'cadreSelection',
  'postRankAdjustment',
  'recruitment',
  'titleEvaluation',
  'commendation',
  'fundAllocation',
  'administrativeApproval',
  'appraisal',
  'projectReview',
  'projectDecision',
  'bidding',
  'implementationQuality',
  'acceptance',
  'inspectionTour',
  'inspection',
  'disciplinaryReview',
  'accountability',
  'sanction',
] as const;
export type MatterItem = (typeof MATTER_ITEMS)[number];

export interface MatterCategoryInfo {
  label: string;
  // The clause number as the rule prints it, e.g. '（一）'.
  ordinal: string;
  items: readonly MatterItem[];
}

export const MATTER_CATEGORY_INFO: Readonly<Record<MatterCategory, MatterCategoryInfo>> = {
  personnel: {
    label: '干部人事',
    ordinal: '（一）',
    items: ['cadreSelection', 'postRankAdjustment', 'recruitment', 'titleEvaluation', 'commendation'],
  },
  projectArrangement: {
    label: '项目安排',
    ordinal: '（二）',
    items: ['fundAllocation', 'administrativeApproval', 'appraisal', 'projectReview'],
  },
  construction: {
    label: '工程建设',
    ordinal: '（三）',
    items: ['projectDecision', 'bidding', 'implementationQuality', 'acceptance'],
  },
  disciplineSupervision: {
    label: '监督执纪',
    ordinal: '（四）',
    items: ['inspectionTour', 'inspection', 'disciplinaryReview', 'accountability', 'sanction'],
  },
  // The clause is the category's whole name: （五）其他重大事项.
  other: { label: '其他重大事项', ordinal: '（五）', items: [] },
};

export const MATTER_ITEM_LABELS: Readonly<Record<MatterItem, string>> = {
  cadreSelection: '干部选任',
  postRankAdjustment: '职务职级调整',
  recruitment: '人员招录聘用',
  titleEvaluation: '职称评定',
  commendation: '评优评先',
  fundAllocation: '资金分配',
  administrativeApproval: '行政审批',
  appraisal: '评比评估',
  projectReview: '立项评审',
  projectDecision: '工程项目决策',
  bidding: '招标投标',
  implementationQuality: '工程建设实施和质量监管',
  acceptance: '项目验收',
  inspectionTour: '巡视巡察',
  inspection: '检查督查',
  disciplinaryReview: '执纪审查',
  accountability: '追责问责',
  sanction: '处理处分',
};

export function categoryOfItem(item: MatterItem): MatterCategory {
  const category = MATTER_CATEGORIES.find((candidate) => MATTER_CATEGORY_INFO[candidate].items.includes(item));
  if (category === undefined) throw new Error(`matter item without a category: ${item}`);
  return category;
}

export const matterCategorySchema = z.enum(MATTER_CATEGORIES, { error: '请选择重大事项类别' });
export const matterItemSchema = z.enum(MATTER_ITEMS, { error: '所选重大事项不在第四条所列事项之内' });
