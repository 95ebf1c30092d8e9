import type { Output } from '../../../src-main/contract/index.ts';

type IntakeFlag = Output<'intake.list'>[number]['flags'][number];

// A flag as a short tag on a list, in the words of its full explanation (EXCHANGE_PROBLEMS).
export const INTAKE_FLAG_LABELS: Readonly<Record<IntakeFlag, string>> = {
  EQUIVOCATION: '内容矛盾',
  WAITING_FOR_EARLIER: '等待前一版本',
  KEY_CHANGED: '承办人员密钥变更',
};
