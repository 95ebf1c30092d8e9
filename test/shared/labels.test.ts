import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CADRE_LEVEL_LABELS, POST_RUNGS, RANK_GRADES } from '../../src-main/shared/form/cadre-level.ts';
import {
  FORM_NOTES,
  FORM_NOTES_LABEL,
  HANDLER_PROFILE_LABELS,
  INTERVENER_LABELS,
  INTERVENTION_ENTRY_LABELS,
  RECORD_FIELD_LABELS,
  RECORD_FORM_TITLE,
} from '../../src-main/shared/form/form-labels.ts';
import { INTERVENTION_KINDS, INTERVENTION_KIND_INFO } from '../../src-main/shared/form/intervention-kind.ts';
import {
  INTERVENTION_METHODS,
  INTERVENTION_METHOD_LABELS,
} from '../../src-main/shared/form/intervention-method.ts';
import {
  MATTER_CATEGORIES,
  MATTER_CATEGORY_INFO,
  MATTER_ITEMS,
  MATTER_ITEM_LABELS,
  categoryOfItem,
} from '../../src-main/shared/form/matter-category.ts';
import { POLITICAL_STATUSES, POLITICAL_STATUS_INFO } from '../../src-main/shared/form/political-status.ts';
import { TENURES, TENURE_LABELS } from '../../src-main/shared/form/tenure.ts';
import { RECIPIENTS, RECIPIENT_NAMES } from '../../src-main/shared/routing/route-record.ts';

// A copy of ../shared/domain/rule-2023-text.txt kept in the repository. The text was extracted from the issued
// PDF, so table cells and page breaks left spaces and line breaks inside phrases (e.g. "插手干预 方式", and
// 第六条（六） runs over a page break); whitespace is removed before matching. Chinese text has no word spaces, so
// this cannot make a wrong label match.
const RULE_TEXT = readFileSync(new URL('../fixtures/rule-2023-text.txt', import.meta.url), 'utf8');
const RULE_TEXT_WITHOUT_LAYOUT = RULE_TEXT.replace(/\s+/g, '');

function expectInRule(label: string) {
  expect(RULE_TEXT_WITHOUT_LAYOUT, `“${label}” is not the rule's wording`).toContain(label);
}

function articleText(from: string, to: string): string {
  const start = RULE_TEXT_WITHOUT_LAYOUT.indexOf(from);
  const end = RULE_TEXT_WITHOUT_LAYOUT.indexOf(to, start);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return RULE_TEXT_WITHOUT_LAYOUT.slice(start, end);
}

describe('第四条 categories and items', () => {
  const article4 = articleText('第四条', '第五条');

  it.each(MATTER_CATEGORIES)('category %s has the rule’s label, in 第四条', (category) => {
    const { label, ordinal } = MATTER_CATEGORY_INFO[category];
    expect(article4).toContain(`${ordinal}${label}`);
  });

  it.each(MATTER_ITEMS)('item %s has the rule’s label, under its own category in 第四条', (item) => {
    const { ordinal, label } = MATTER_CATEGORY_INFO[categoryOfItem(item)];
    // Each clause reads （n）<category>重大事项包括：<items>等事项.
    const clauseStart = article4.indexOf(`${ordinal}${label}`);
    const clause = article4.slice(clauseStart, article4.indexOf('等事项', clauseStart));
    expect(clause).toContain(MATTER_ITEM_LABELS[item]);
  });

  it('names （五） in the clause’s whole words, not an abbreviation', () => {
    const { ordinal, label } = MATTER_CATEGORY_INFO.other;
    expect(`${ordinal}${label}`).toBe('（五）其他重大事项');
    expect(article4).toContain(`${ordinal}${label}。`);
  });

  it('lists exactly the rule’s items for each category, in the rule’s order', () => {
    const itemsOf = (category: (typeof MATTER_CATEGORIES)[number]) =>
      MATTER_CATEGORY_INFO[category].items.map((item) => MATTER_ITEM_LABELS[item]);
    expect(itemsOf('personnel')).toEqual(['干部选任', '职务职级调整', '人员招录聘用', '职称评定', '评优评先']);
    expect(itemsOf('projectArrangement')).toEqual(['资金分配', '行政审批', '评比评估', '立项评审']);
    expect(itemsOf('construction')).toEqual(['工程项目决策', '招标投标', '工程建设实施和质量监管', '项目验收']);
    expect(itemsOf('disciplineSupervision')).toEqual(['巡视巡察', '检查督查', '执纪审查', '追责问责', '处理处分']);
    expect(itemsOf('other')).toEqual([]);
    expect(MATTER_CATEGORIES.flatMap((category) => MATTER_CATEGORY_INFO[category].items)).toEqual([...MATTER_ITEMS]);
  });
});

describe('第六条 kinds', () => {
  const article6 = articleText('第六条', '第七条');

  it.each(INTERVENTION_KINDS)('kind %s: the full clause and the short label are the rule’s words', (kind) => {
    const { ordinal, label, clauseText } = INTERVENTION_KIND_INFO[kind];
    expect(clauseText.startsWith(ordinal)).toBe(true);
    expect(article6).toContain(clauseText);
    expect(clauseText).toContain(label);
  });

  // The 情形 line on the printed form: the clause's own words, with any cut marked by "……" and nothing reworded.
  it.each(INTERVENTION_KINDS)('kind %s: the printed 情形 is the clause, shortened only with “……”', (kind) => {
    const { ordinal, printedText, clauseText } = INTERVENTION_KIND_INFO[kind];
    expect(printedText.startsWith(ordinal)).toBe(true);
    const pieces = printedText.split('……').filter((piece) => piece !== '');
    let from = 0;
    for (const piece of pieces) {
      const at = clauseText.indexOf(piece, from);
      expect(at, `“${piece}” is not the next part of ${clauseText}`).toBeGreaterThanOrEqual(from);
      from = at + piece.length;
    }
    expect(pieces.join('').length === clauseText.length).toBe(printedText === clauseText);
    expect(clauseText.endsWith(pieces[pieces.length - 1] ?? '')).toBe(true);
  });

  it('keeps the rule’s order (一) to (六)', () => {
    expect(INTERVENTION_KINDS.map((kind) => INTERVENTION_KIND_INFO[kind].ordinal)).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
      '（六）',
    ]);
  });
});

describe('填表说明2 methods', () => {
  const note2 = articleText('2.插手干预方式含', '3.');

  it.each(INTERVENTION_METHODS.filter((method) => method !== 'other'))('method %s is named in 填表说明2', (method) => {
    expect(note2).toContain(INTERVENTION_METHOD_LABELS[method]);
  });

  it('names the open-ended remainder (填表说明2 ends in 等方式) 其他', () => {
    expect(note2).toContain('等方式');
    expectInRule(INTERVENTION_METHOD_LABELS.other);
  });
});

describe('the annex form and other words taken from the rule', () => {
  it.each([
    RECORD_FORM_TITLE,
    ...Object.values(RECORD_FIELD_LABELS),
    ...Object.values(HANDLER_PROFILE_LABELS),
    ...Object.values(INTERVENTION_ENTRY_LABELS),
    ...Object.values(INTERVENER_LABELS),
    ...TENURES.map((tenure) => TENURE_LABELS[tenure]),
    ...RECIPIENTS.map((recipient) => RECIPIENT_NAMES[recipient]),
  ])('“%s” is the rule’s wording', (label) => {
    expectInRule(label);
  });

  it('uses the annex cell 插手干预人情况（姓名、单位、职务） for the intervener', () => {
    const { name, unit, post } = INTERVENER_LABELS;
    expectInRule(`${INTERVENTION_ENTRY_LABELS.intervener}(${name}、${unit}、${post})`);
  });
});

describe('GB/T 4762 政治面貌', () => {
  it('has the standard’s 13 values, codes and wording in order', () => {
    expect(POLITICAL_STATUSES.map((status) => [POLITICAL_STATUS_INFO[status].gbCode, POLITICAL_STATUS_INFO[status].label])).toEqual([
      ['01', '中国共产党党员'],
      ['02', '中国共产党预备党员'],
      ['03', '中国共产主义青年团团员'],
      ['04', '中国国民党革命委员会会员'],
      ['05', '中国民主同盟盟员'],
      ['06', '中国民主建国会会员'],
      ['07', '中国民主促进会会员'],
      ['08', '中国农工民主党党员'],
      ['09', '中国致公党党员'],
      ['10', '九三学社社员'],
      ['11', '台湾民主自治同盟盟员'],
      ['12', '无党派民主人士'],
      ['13', '群众'],
    ]);
  });
});

describe('the 职务 and 职级 ladders', () => {
  it('lists the 领导职务层次 senior first', () => {
    expect(POST_RUNGS.map((rung) => CADRE_LEVEL_LABELS[rung])).toEqual([
      '国家级正职',
      '国家级副职',
      '省部级正职',
      '省部级副职',
      '厅局级正职',
      '厅局级副职',
      '县处级正职',
      '县处级副职',
      '乡科级正职',
      '乡科级副职',
    ]);
  });

  it('lists the 综合管理类职级 senior first', () => {
    expect(RANK_GRADES.map((rung) => CADRE_LEVEL_LABELS[rung])).toEqual([
      '一级巡视员',
      '二级巡视员',
      '一级调研员',
      '二级调研员',
      '三级调研员',
      '四级调研员',
      '一级主任科员',
      '二级主任科员',
      '三级主任科员',
      '四级主任科员',
      '一级科员',
      '二级科员',
    ]);
  });

  it('takes the two scope thresholds word for word from 第二条', () => {
    const article2 = articleText('第二条', '第三条');
    expect(article2).toContain(`${CADRE_LEVEL_LABELS.divisionDeputy}以上职务`);
    expect(article2).toContain(`${CADRE_LEVEL_LABELS.secondResearcher}以上职级`);
  });

  it('prints the 填表说明 word for word from the annex', () => {
    expect(FORM_NOTES).toHaveLength(5);
    for (const note of FORM_NOTES) expectInRule(note.replace(/\s+/g, ''));
    expectInRule(FORM_NOTES_LABEL);
  });
});
