import { describe, expect, it } from 'vitest';
import { CADRE_LEVELS, type CadreLevel } from '../../src-main/shared/form/cadre-level.ts';
import { routeRecord, type Recipient } from '../../src-main/shared/routing/route-record.ts';
import type { UnitSettings } from '../../src-main/shared/form/unit-settings.ts';

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

const UNIT_SETTINGS: readonly UnitSettings[] = [true, false].flatMap((unitHasDisciplineBody) =>
  [false, true].map((alsoReportBureauLevelToUnitBody) => ({ unitHasDisciplineBody, alsoReportBureauLevelToUnitBody })),
);
const unitWith = (unitHasDisciplineBody: boolean, alsoReportBureauLevelToUnitBody = false): UnitSettings => ({
  unitHasDisciplineBody,
  alsoReportBureauLevelToUnitBody,
});

const entriesAt = (...levels: CadreLevel[]) => levels.map((level) => ({ intervener: { level } }));
const recipientsOf = (levels: CadreLevel[], unit: UnitSettings): Recipient[] =>
  routeRecord({ entries: entriesAt(...levels), unit }).recipients.map(({ recipient }) => recipient);
const usualRecipient = ({ unitHasDisciplineBody }: UnitSettings): Recipient =>
  unitHasDisciplineBody ? 'unitDisciplineBody' : 'organsDisciplineCommission';

describe('第七条, 第九条, 填表说明5: where a record goes', () => {
  it.each(CADRE_LEVELS.flatMap((level) => UNIT_SETTINGS.map((unit) => [level, unit] as const)))(
    'one entry at %s, unit settings %j',
    (level, unit) => {
      const routing = routeRecord({ entries: entriesAt(level), unit });
      // 径报 is "directly": a 司局级 record skips the unit's own body unless the unit asked for a copy.
      const expected: Recipient[] = BUREAU_LEVEL_OR_ABOVE.includes(level)
        ? ['stationedInspectionGroup', ...(unit.alsoReportBureauLevelToUnitBody ? [usualRecipient(unit)] : [])]
        : [usualRecipient(unit)];
      expect(routing.recipients.map(({ recipient }) => recipient)).toEqual(expected);
      expect(routing.cautions).toHaveLength(level === 'unknown' ? 1 : 0);
    },
  );

  it('names each recipient in the rule’s words with its clause and reason', () => {
    expect(routeRecord({ entries: entriesAt('departmentPrincipal'), unit: unitWith(true) }).recipients).toEqual([
      {
        recipient: 'stationedInspectionGroup',
        name: '中央纪委国家监委驻工业和信息化部纪检监察组',
        clause: '第九条、填表说明5',
        reason:
          '第1项干预具体情况的插手干预人为司局级及以上领导干部。填表说明5：“涉及司局级领导干部的，径报中央纪委国家监委驻工业和信息化部纪检监察组”；' +
          '径报即直接报送，不经本单位纪检组织。',
      },
    ]);
    expect(routeRecord({ entries: entriesAt('departmentPrincipal'), unit: unitWith(true, true) }).recipients[1]).toEqual({
      recipient: 'unitDisciplineBody',
      name: '本单位纪检组织',
      clause: '填表说明5、本单位设置',
      reason: '本单位设置为“涉及司局级领导干部时同时抄报本单位纪检组织”，另报一份本单位纪检组织。',
    });
    expect(routeRecord({ entries: entriesAt('secondInspector'), unit: unitWith(false, true) }).recipients[1]).toEqual({
      recipient: 'organsDisciplineCommission',
      name: '部直属机关纪委',
      clause: '填表说明5、本单位设置',
      reason: '本单位设置为“涉及司局级领导干部时同时抄报本单位纪检组织”；本单位不设纪委（纪检组），另报一份部直属机关纪委。',
    });
    expect(routeRecord({ entries: entriesAt('divisionPrincipal'), unit: unitWith(true) }).recipients).toEqual([
      {
        recipient: 'unitDisciplineBody',
        name: '本单位纪检组织',
        clause: '第七条、填表说明5',
        reason: '本单位设有纪检组织，记录表填写完成密封后应于5个工作日内报告本单位纪检组织。',
      },
    ]);
    expect(routeRecord({ entries: entriesAt('divisionDeputy'), unit: unitWith(false) }).recipients).toEqual([
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
    for (const unit of UNIT_SETTINGS) {
      const routing = routeRecord({ entries: entriesAt(...levels), unit });
      const recipients = routing.recipients.map(({ recipient }) => recipient);
      expect(recipients.includes('stationedInspectionGroup')).toBe(stationed);
      expect(recipients.includes(usualRecipient(unit))).toBe(!stationed || unit.alsoReportBureauLevelToUnitBody);
      expect(routing.cautions).toHaveLength(cautions);
    }
  });

  it('names the rows that make the stationed group a recipient, and the rows whose rung must be checked', () => {
    const routing = routeRecord({
      entries: entriesAt('unknown', 'firstInspector', 'sectionDeputy', 'provincialDeputy', 'unknown'),
      unit: unitWith(true),
    });
    expect(routing.recipients[0]?.reason).toMatch(/^第2、4项干预具体情况/);
    expect(routing.cautions).toEqual([
      '第1、5项干预具体情况的插手干预人职务职级不详，无法确定是否涉及司局级领导干部；' +
        '请核实，如属司局级领导干部，应径报中央纪委国家监委驻工业和信息化部纪检监察组（第九条、填表说明5）。',
    ]);
  });

  it('sends no record to the stationed group for an intervener outside the system (no 领导干部 of 第二条)', () => {
    const entries = [{ intervener: { level: 'departmentPrincipal' as const, organisationKind: 'outsideSystem' as const } }];
    for (const unit of UNIT_SETTINGS) {
      expect(routeRecord({ entries, unit })).toEqual({ recipients: [expect.objectContaining({ recipient: usualRecipient(unit) })], cautions: [] });
    }
    const mixed = [...entries, { intervener: { level: 'departmentDeputy' as const, organisationKind: 'ministryAffiliate' as const } }];
    expect(routeRecord({ entries: mixed, unit: unitWith(true) }).recipients[0]?.reason).toMatch(/^第2项干预具体情况/);
  });

  it('never lists a recipient twice', () => {
    expect(recipientsOf(['departmentDeputy', 'nationalPrincipal', 'secondInspector'], unitWith(false, true))).toEqual([
      'stationedInspectionGroup',
      'organsDisciplineCommission',
    ]);
    expect(recipientsOf(['departmentDeputy', 'divisionDeputy'], unitWith(true))).toEqual(['stationedInspectionGroup']);
  });
});
