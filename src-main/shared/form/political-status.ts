import { z } from 'zod';

// GB/T 4762-1984《政治面貌代码》, in the standard's order, wording and two-digit codes.
export const POLITICAL_STATUSES = [
  'cpcMember',
  'cpcProbationaryMember',
  'youthLeagueMember',
  'revolutionaryCommitteeMember',
  'democraticLeagueMember',
  'democraticNationalConstructionMember',
  'promotingDemocracyMember',
  'peasantsWorkersPartyMember',
  'zhiGongPartyMember',
  'jiuSanSocietyMember',
  'taiwanLeagueMember',
  'nonPartisan',
  'masses',
] as const;
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];

export interface PoliticalStatusInfo {
  gbCode: string;
  label: string;
}

export const POLITICAL_STATUS_INFO: Readonly<Record<PoliticalStatus, PoliticalStatusInfo>> = {
  cpcMember: { gbCode: '01', label: '中国共产党党员' },
  cpcProbationaryMember: { gbCode: '02', label: '中国共产党预备党员' },
  youthLeagueMember: { gbCode: '03', label: '中国共产主义青年团团员' },
  revolutionaryCommitteeMember: { gbCode: '04', label: '中国国民党革命委员会会员' },
  democraticLeagueMember: { gbCode: '05', label: '中国民主同盟盟员' },
  democraticNationalConstructionMember: { gbCode: '06', label: '中国民主建国会会员' },
  promotingDemocracyMember: { gbCode: '07', label: '中国民主促进会会员' },
  peasantsWorkersPartyMember: { gbCode: '08', label: '中国农工民主党党员' },
  zhiGongPartyMember: { gbCode: '09', label: '中国致公党党员' },
  jiuSanSocietyMember: { gbCode: '10', label: '九三学社社员' },
  taiwanLeagueMember: { gbCode: '11', label: '台湾民主自治同盟盟员' },
  nonPartisan: { gbCode: '12', label: '无党派民主人士' },
  masses: { gbCode: '13', label: '群众' },
};

export const politicalStatusSchema = z.enum(POLITICAL_STATUSES, { error: '请选择政治面貌' });
