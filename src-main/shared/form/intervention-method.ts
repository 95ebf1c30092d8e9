import { z } from 'zod';

// 填表说明2: "插手干预方式含当面、电话、微信、短信等方式"; "等" leaves room for any other way, which must be named.
export const INTERVENTION_METHODS = ['inPerson', 'phone', 'wechat', 'sms', 'other'] as const;
export type InterventionMethod = (typeof INTERVENTION_METHODS)[number];

export const INTERVENTION_METHOD_LABELS: Readonly<Record<InterventionMethod, string>> = {
  inPerson: '当面',
  phone: '电话',
  wechat: '微信',
  sms: '短信',
  other: '其他',
};

export const interventionMethodSchema = z.enum(INTERVENTION_METHODS, { error: '请选择插手干预方式' });
