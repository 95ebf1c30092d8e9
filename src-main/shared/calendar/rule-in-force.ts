import type { IsoDate } from './iso-date.ts';

// 第十二条 "本办法自印发之日起施行"; the notice is dated 2023年1月19日.
export const RULE_IN_FORCE_FROM: IsoDate = '2023-01-19';
export const BEFORE_RULE_FLAG = '发生于本办法施行之前';
export const BEFORE_RULE_EXPLANATION = '本办法自2023年1月19日印发之日起施行（第十二条），此前发生的干预可以如实记录，但不计算5个工作日的报送期限。';

export function isBeforeRule(day: IsoDate): boolean {
  return day < RULE_IN_FORCE_FROM;
}
