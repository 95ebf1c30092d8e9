import { z } from 'zod';

// 第六条（一）至（六）: the situations that count as 插手干预重大事项.
export const INTERVENTION_KINDS = [
  'overridingProcedure',
  'lobbying',
  'brokering',
  'probing',
  'refusingRecusal',
  'otherInterference',
] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

export interface InterventionKindInfo {
  ordinal: string;
  // A phrase cut from the clause, word for word, for narrow places (tables, chips).
  label: string;
  // The whole clause as the rule words it, with its number and without the closing punctuation.
  clauseText: string;
  // What the printed form's 情形 line says: the clause's own words, any cut marked with "……", never reworded.
  printedText: string;
}

export const INTERVENTION_KIND_INFO: Readonly<Record<InterventionKind, InterventionKindInfo>> = {
  overridingProcedure: {
    ordinal: '（一）',
    label: '不按程序决策，代替下级自行决定',
    clauseText: '（一）不按程序决策，代替下级自行决定的',
    printedText: '（一）不按程序决策，代替下级自行决定的',
  },
  lobbying: {
    ordinal: '（二）',
    label: '说情、打招呼、通风报信',
    clauseText: '（二）为他人或授意、纵容亲属及身边工作人员为他人向重大事项承办人员说情、打招呼、通风报信的',
    printedText: '（二）为他人……向重大事项承办人员说情、打招呼、通风报信的',
  },
  brokering: {
    ordinal: '（三）',
    label: '为他人牵线搭桥',
    clauseText: '（三）为他人牵线搭桥，安排他人与重大事项承办人员私下接触、会面，影响工作正常开展的',
    printedText: '（三）为他人牵线搭桥，安排他人与重大事项承办人员私下接触、会面……的',
  },
  probing: {
    ordinal: '（四）',
    label: '打探非自身分管领域事项，或者打探尚未公开事项及其他应当保密内容',
    clauseText: '（四）向重大事项承办人员打探非自身分管领域事项，或者打探尚未公开事项及其他应当保密内容的',
    printedText: '（四）向重大事项承办人员打探非自身分管领域事项，或者打探尚未公开事项及其他应当保密内容的',
  },
  refusingRecusal: {
    ordinal: '（五）',
    label: '明知有需回避情形而拒绝回避',
    clauseText: '（五）明知有需回避情形而拒绝回避的',
    printedText: '（五）明知有需回避情形而拒绝回避的',
  },
  otherInterference: {
    ordinal: '（六）',
    label: '其他影响重大事项依法依规办理，妨碍公平公正',
    clauseText: '（六）其他影响重大事项依法依规办理，妨碍公平公正的行为',
    printedText: '（六）其他影响重大事项依法依规办理，妨碍公平公正的行为',
  },
};

export const interventionKindSchema = z.enum(INTERVENTION_KINDS, { error: '所选情形不在第六条所列情形之内' });
