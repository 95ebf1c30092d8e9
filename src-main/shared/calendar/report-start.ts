import { datePartOf } from '../form/date-fields.ts';
import type { InterventionEntry } from '../form/intervention-entry.ts';
import type { IsoDate } from './iso-date.ts';

// 第七条 and 填表说明5 say "5个工作日内" without saying from when; the app reads it strictly (docs/rule-decisions.md).
export const DEADLINE_START_CHOICE = '按从严理解，自干预发生（或得知）次日起算5个工作日';
export const DEADLINE_RULE_WORDS =
  '第七条：“记录表应于5个工作日内报告本单位纪检组织”；填表说明5：“本表填写完成密封后于5个工作日内报告本单位纪检组织”。';

// The day a record's 5 working days count from: the earliest day the handler learned of any intervention on
// it (the day it happened, unless a later discovery date is given). The earliest one binds: each intervention
// must be reported within 5 working days of being found.
export function reportStartOf(entries: ReadonlyArray<Pick<InterventionEntry, 'occurredAt' | 'learnedOn'>>): IsoDate {
  const starts = entries.map((entry) => entry.learnedOn ?? datePartOf(entry.occurredAt));
  const earliest = starts.sort()[0];
  if (earliest === undefined) throw new RangeError('a record has at least one intervention entry');
  return earliest;
}
