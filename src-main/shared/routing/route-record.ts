import { cadreRungInfo, type CadreLevel } from '../form/cadre-level.ts';
import type { OrganisationKind } from '../form/organisation-kind.ts';
import type { UnitSettings } from '../form/unit-settings.ts';

export const RECIPIENTS = ['unitDisciplineBody', 'organsDisciplineCommission', 'stationedInspectionGroup'] as const;
export type Recipient = (typeof RECIPIENTS)[number];

export const RECIPIENT_NAMES: Readonly<Record<Recipient, string>> = {
  unitDisciplineBody: '本单位纪检组织',
  organsDisciplineCommission: '部直属机关纪委',
  stationedInspectionGroup: '中央纪委国家监委驻工业和信息化部纪检监察组',
};

// The forms people say, for a table cell; the full names are on the cover and in the editor's side panel.
export const RECIPIENT_SHORT_NAMES: Readonly<Record<Recipient, string>> = {
  ...RECIPIENT_NAMES,
  stationedInspectionGroup: '驻部纪检监察组',
};

export interface RecipientRoute {
  recipient: Recipient;
  name: string;
  // The provisions that require this recipient, as the rule numbers them.
  clause: string;
  reason: string;
}

export interface Routing {
  recipients: RecipientRoute[];
  // Things the handler must check before sending; never recipients by themselves.
  cautions: string[];
}

export interface RoutingInput {
  // A null level is an entry nothing has been entered in yet: it says nothing about where the record goes.
  // An intervener outside the system is no 领导干部 of this rule, so 径报 does not apply to them.
  entries: ReadonlyArray<{ intervener: { level: CadreLevel | null; organisationKind?: OrganisationKind | undefined } }>;
  unit: UnitSettings;
}

const STATIONED_GROUP = RECIPIENT_NAMES.stationedInspectionGroup;

// Where a record must go. 填表说明5 speaks to the handler in three parallel clauses: 报告本单位纪检组织; a unit
// without one 直接报部直属机关纪委; 涉及司局级领导干部的，径报 the stationed group. As 直接报 replaces the unit body in
// the second clause, 径报 replaces it in the third: a 司局级 record goes straight to the stationed group (the unit
// body may be led by the intervener or answer to him), and to the usual recipient as well only when the unit has
// chosen so (docs/rule-decisions.md).
export function routeRecord({ entries, unit }: RoutingInput): Routing {
  const usual = unit.unitHasDisciplineBody ? unitBodyRoute() : organsCommissionRoute();
  const inSystem = entries.map((entry) => (entry.intervener.organisationKind === 'outsideSystem' ? { intervener: { level: null } } : entry));
  const bureauLevel = entryNumbers(inSystem, (level) => level !== null && level !== 'unknown' && cadreRungInfo(level).bureauLevelOrAbove);
  const recipients: RecipientRoute[] =
    bureauLevel.length === 0
      ? [usual]
      : [stationedGroupRoute(bureauLevel), ...(unit.alsoReportBureauLevelToUnitBody === true ? [unitCopyRoute(usual)] : [])];
  const unknown = entryNumbers(inSystem, (level) => level === 'unknown');
  const cautions = unknown.length > 0 ? [unknownLevelCaution(unknown)] : [];
  return { recipients, cautions };
}

function unitCopyRoute(usual: RecipientRoute): RecipientRoute {
  const setting = '本单位设置为“涉及司局级领导干部时同时抄报本单位纪检组织”';
  return {
    ...usual,
    clause: '填表说明5、本单位设置',
    reason:
      usual.recipient === 'unitDisciplineBody'
        ? `${setting}，另报一份${usual.name}。`
        : `${setting}；本单位不设纪委（纪检组），另报一份${usual.name}。`,
  };
}

function unitBodyRoute(): RecipientRoute {
  return {
    recipient: 'unitDisciplineBody',
    name: RECIPIENT_NAMES.unitDisciplineBody,
    clause: '第七条、填表说明5',
    reason: '本单位设有纪检组织，记录表填写完成密封后应于5个工作日内报告本单位纪检组织。',
  };
}

function organsCommissionRoute(): RecipientRoute {
  return {
    recipient: 'organsDisciplineCommission',
    name: RECIPIENT_NAMES.organsDisciplineCommission,
    clause: '第七条、填表说明5',
    reason: '本单位不设纪委（纪检组），记录表填写完成密封后应于5个工作日内直接报部直属机关纪委。',
  };
}

function stationedGroupRoute(entryNumbersInvolved: number[]): RecipientRoute {
  return {
    recipient: 'stationedInspectionGroup',
    name: STATIONED_GROUP,
    clause: '第九条、填表说明5',
    reason:
      `${describeEntries(entryNumbersInvolved)}的插手干预人为司局级及以上领导干部。填表说明5：“涉及司局级领导干部的，径报${STATIONED_GROUP}”；` +
      '径报即直接报送，不经本单位纪检组织。',
  };
}

function unknownLevelCaution(entryNumbersInvolved: number[]): string {
  return (
    `${describeEntries(entryNumbersInvolved)}的插手干预人职务职级不详，无法确定是否涉及司局级领导干部；` +
    `请核实，如属司局级领导干部，应径报${STATIONED_GROUP}（第九条、填表说明5）。`
  );
}

// 1-based, as a person counts the rows of the form.
function entryNumbers(entries: RoutingInput['entries'], matches: (level: CadreLevel | null) => boolean): number[] {
  return entries.flatMap((entry, index) => (matches(entry.intervener.level) ? [index + 1] : []));
}

function describeEntries(numbers: number[]): string {
  return `第${numbers.join('、')}项干预具体情况`;
}
