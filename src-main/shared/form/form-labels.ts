// The annex's own words for the form and its cells, for the UI, the printed form and validation messages.
// (第七条 calls the form 《领导干部插手干预重大事项记录表》; the annex itself is headed with 情况 — the printed
// form follows the annex.)
export const RECORD_FORM_TITLE = '领导干部插手干预重大事项情况记录表';

export const RECORD_FIELD_LABELS = {
  filedAt: '填报时间',
  filer: '填报人',
  handler: '重大事项承办人员基本情况',
  entries: '干预具体情况',
} as const;

export const HANDLER_PROFILE_LABELS = {
  name: '姓名',
  politicalStatus: '政治面貌',
  workUnit: '工作单位',
  currentPost: '现任职务',
  dutyScope: '本人岗位职责',
} as const;

export const INTERVENTION_ENTRY_LABELS = {
  occurredAt: '时间',
  intervener: '插手干预人情况',
  method: '插手干预方式',
  matterName: '重大事项名称',
  content: '具体干预内容',
  handling: '处置方式',
} as const;

// The annex cell reads 插手干预人情况（姓名、单位、职务）.
export const INTERVENER_LABELS = {
  name: '姓名',
  unit: '单位',
  post: '职务',
} as const;

// What the rule needs to know beyond the annex's cells, as the editor asks it: the day of 发现 (第七条), the
// intervener's rung and whether still serving (第二条、第九条), the other way of 填表说明2, the 第四条 category
// and item, and the 第六条 situations.
export const INTERVENTION_DETAIL_LABELS = {
  learnedOn: '发现日期',
  organisationKind: '所在单位类别',
  level: '职务层次或职级',
  tenure: '在职情况',
  methodNote: '其他方式说明',
  matterCategory: '重大事项类别',
  matterItem: '具体事项',
  kinds: '第六条所列情形',
} as const;

// 填表说明 1–5, word for word from the annex.
export const FORM_NOTES = [
  '1. 本表由重大事项承办人员填写，对填报内容的真实性负责；',
  '2. 插手干预方式含当面、电话、微信、短信等方式；',
  '3. 重大事项名称应按照干部人事、项目安排、工程建设、监督执纪等类别简要概括项目内容；',
  '4. 处置方式应简要填写对插手干预事项的后续办理情况；',
  '5. 本表填写完成密封后于5个工作日内报告本单位纪检组织，不设纪委（纪检组）的单位，直接报部直属机关纪委；涉及司局级领导干部的，径报中央纪委国家监委驻工业和信息化部纪检监察组。',
] as const;

export const FORM_NOTES_LABEL = '填表说明';
