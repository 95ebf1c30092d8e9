import type { z } from 'zod';

const MAX_ISSUES_SHOWN = 3;

const HAN = /\p{Script=Han}/u;

// Schemas state their own Chinese messages; zod's built-in ones are English, so those get a Chinese
// description instead. Either way the user learns where the input was wrong.
export function describeInvalidInput(error: z.ZodError): string {
  const places = error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '（整体）';
    return `${path}：${describeIssue(issue)}`;
  });
  return `请求内容格式不正确，未作任何改动。${places.join('；')}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (HAN.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return '类型不符';
    case 'unrecognized_keys':
      return `含有不允许的字段 ${issue.keys.join('、')}`;
    case 'too_big':
      return '内容过长或数值过大';
    case 'too_small':
      return '内容过短或数值过小';
    case 'invalid_value':
    case 'invalid_union':
      return '取值不在允许范围内';
    default:
      return '内容不符合要求';
  }
}
