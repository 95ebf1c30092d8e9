import { describe, expect, it } from 'vitest';
import { CADRE_LEVELS, type CadreLevel } from '../../src-main/shared/form/cadre-level.ts';
import { routeRecord, type Recipient } from '../../src-main/shared/routing/route-record.ts';

const BUREAU_LEVEL_OR_ABOVE: readonly CadreLevel[] = [
  'nationalPrincipal',
  'nationalDeputy',
  'provincialPrincipal',
  'provincialDeputy',
  'departmentPrincipal',
  'departmentDeputy',
  'firstInspector',
  'secondInspector',
];

const entriesAt = (...levels: CadreLevel[]) => levels.map((level) => ({ intervener: { level } }));
const recipientsOf = (levels: CadreLevel[], unitHasDisciplineBody: boolean): Recipient[] =>
  routeRecord({ entries: entriesAt(...levels), unitHasDisciplineBody }).recipients.map(({ recipient }) => recipient);

describe('第七条, 第九条, 填表说明5: where a record goes', () => {
  const firstRecipient = (unitHasDisciplineBody: boolean): Recipient =>
    unitHasDisciplineBody ? 'unitDisciplineBody' : 'organsDisciplineCommission';

  it.each(CADRE_LEVELS.flatMap((level) => [true, false].map((body) => [level, body] as const)))(
    'one entry at %s, unit has its own discipline body: %s',
    (level, unitHasDisciplineBody) => {
      const routing = routeRecord({ entries: entriesAt(level), unitHasDisciplineBody });
      const expected: Recipient[] = BUREAU_LEVEL_OR_ABOVE.includes(level)
        ? [firstRecipient(unitHasDisciplineBody), 'stationedInspectionGroup']
        : [firstRecipient(unitHasDisciplineBody)];
      expect(routing.recipients.map(({ recipient }) => recipient)).toEqual(expected);
      expect(routing.cautions).toHaveLength(level === 'unknown' ? 1 : 0);
    },
  );

  it('names each recipient in the rule’s words with its clause and reason', () => {
    const withBody = routeRecord({ entries: entriesAt('departmentPrincipal'), unitHasDisciplineBody: true });
    expect(withBody.recipients).toEqual([
      {
        recipient: 'unitDisciplineBody',
        name: '本单位纪检组织',
        clause: '第七条、填表说明5',
        reason: '本单位设有纪检组织，记录表填写完成密封后应于5个工作日内报告本单位纪检组织。',
      },
      {
        recipient: 'stationedInspectionGroup',
        name: '中央纪委国家监委驻工业和信息化部纪检监察组',
        clause: '第九条、填表说明5',
        reason:
          '第1项干预具体情况的插手干预人为司局级及以上领导干部，涉及司局级领导干部的，径报中央纪委国家监委驻工业和信息化部纪检监察组。',
      },
    ]);
    const withoutBody = routeRecord({ entries: entriesAt('divisionDeputy'), unitHasDisciplineBody: false });
    expect(withoutBody.recipients).toEqual([
      {
        recipient: 'organsDisciplineCommission',
        name: '部直属机关纪委',
        clause: '第七条、填表说明5',
        reason: '本单位不设纪委（纪检组），记录表填写完成密封后应于5个工作日内直接报部直属机关纪委。',
      },
    ]);
  });

  it.each([
    [['divisionPrincipal', 'firstResearcher'], false, 0],
    [['divisionPrincipal', 'secondInspector'], true, 0],
    [['divisionPrincipal', 'unknown'], false, 1],
    [['unknown', 'departmentDeputy', 'unknown'], true, 1],
  ] as const)('a record with entries at %j: stationed group %s, cautions %i', (levels, stationed, cautions) => {
    for (const unitHasDisciplineBody of [true, false]) {
      const routing = routeRecord({ entries: entriesAt(...levels), unitHasDisciplineBody });
      expect(routing.recipients.some(({ recipient }) => recipient === 'stationedInspectionGroup')).toBe(stationed);
      expect(routing.recipients[0]?.recipient).toBe(firstRecipient(unitHasDisciplineBody));
      expect(routing.cautions).toHaveLength(cautions);
    }
  });

  it('names the rows that make the stationed group a recipient, and the rows whose rung must be checked', () => {
    const routing = routeRecord({
      entries: entriesAt('unknown', 'firstInspector', 'sectionDeputy', 'provincialDeputy', 'unknown'),
      unitHasDisciplineBody: true,
    });
    expect(routing.recipients[1]?.reason).toMatch(/^第2、4项干预具体情况/);
    expect(routing.cautions).toEqual([
      '第1、5项干预具体情况的插手干预人职务职级不详，无法确定是否涉及司局级领导干部；' +
        '请核实，如属司局级领导干部，应径报中央纪委国家监委驻工业和信息化部纪检监察组（第九条、填表说明5）。',
    ]);
  });

  it('never lists a recipient twice', () => {
    expect(recipientsOf(['departmentDeputy', 'nationalPrincipal', 'secondInspector'], false)).toEqual([
      'organsDisciplineCommission',
      'stationedInspectionGroup',
    ]);
  });
});
