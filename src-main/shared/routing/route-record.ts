import { cadreRungInfo, type CadreLevel } from '../form/cadre-level.ts';

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
  entries: ReadonlyArray<{ intervener: { level: CadreLevel | null } }>;
  unitHasDisciplineBody: boolean;
}

const STATIONED_GROUP = RECIPIENT_NAMES.stationedInspectionGroup;

// Where a record must go: 第七条 and 填表说明5 name the unit's own discipline body, or 部直属机关纪委 for a unit
// without one; 第九条 and 填表说明5 add the stationed group directly when a 司局级 cadre is involved.
export function routeRecord({ entries, unitHasDisciplineBody }: RoutingInput): Routing {
  const recipients: RecipientRoute[] = [unitHasDisciplineBody ? unitBodyRoute() : organsCommissionRoute()];
  const bureauLevel = entryNumbers(entries, (level) => level !== null && level !== 'unknown' && cadreRungInfo(level).bureauLevelOrAbove);
  if (bureauLevel.length > 0) recipients.push(stationedGroupRoute(bureauLevel));
  const unknown = entryNumbers(entries, (level) => level === 'unknown');
  const cautions = unknown.length > 0 ? [unknownLevelCaution(unknown)] : [];
  return { recipients, cautions };
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
    reason: `${describeEntries(entryNumbersInvolved)}的插手干预人为司局级及以上领导干部，涉及司局级领导干部的，径报${STATIONED_GROUP}。`,
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
