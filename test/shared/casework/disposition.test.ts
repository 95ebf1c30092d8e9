import { describe, expect, it } from 'vitest';
import { dispositionReminder } from '../../../src-main/shared/casework/disposition-reminder.ts';
import {
  DEFAULT_DISPOSITION_STEP_KINDS,
  addDispositionStep,
  dispositionState,
  dispositionStepKindsSchema,
  stepLabel,
  type DispositionStep,
} from '../../../src-main/shared/casework/disposition.ts';
import { issuesOf } from '../support/zod-issues.ts';

const kinds = DEFAULT_DISPOSITION_STEP_KINDS;
const registration: DispositionStep = { kind: 'registration', by: '赵某', on: '2026-10-12', what: '登记备案。', notes: null };
const inquiry = { kind: 'writtenInquiry', by: '钱某', on: '2026-10-20', what: '向插手干预人发函询问。', notes: '限10日内书面说明。' };

describe('the body’s list of disposition steps', () => {
  it('has the default steps 第九条 and the issue name, with 了结 closing the case', () => {
    expect(kinds.map((kind) => kind.label)).toEqual(['登记备案', '谈话提醒', '函询', '初步核实', '移送', '径报驻部纪检监察组', '了结']);
    expect(kinds.filter((kind) => kind.closesCase).map((kind) => kind.label)).toEqual(['了结']);
    expect(issuesOf(dispositionStepKindsSchema.safeParse(kinds))).toEqual({});
  });

  it.each([
    ['no step at all', [], '请至少设置一个处置步骤'],
    ['no closing step', kinds.filter((kind) => !kind.closesCase), '请至少设置一个在用的了结案件的处置步骤，否则记录永远不能了结'],
    ['a repeated code', [...kinds, { key: 'registration', label: '再次登记', closesCase: false }], '处置步骤代码“registration”重复'],
    ['a repeated name', [...kinds, { key: 'again', label: '函询', closesCase: false }], '处置步骤名称“函询”重复'],
  ])('refuses %s', (_label, list, message) => {
    expect(issuesOf(dispositionStepKindsSchema.safeParse(list))).toEqual({ '': [message] });
  });

  it('refuses a step code that is not a plain identifier', () => {
    expect(issuesOf(dispositionStepKindsSchema.safeParse([{ key: '了结', label: '了结', closesCase: true }]))).toEqual({
      '0.key': ['处置步骤代码应为英文字母开头的字母或数字'],
    });
  });
});

describe('adding a disposition step', () => {
  const add = (steps: DispositionStep[], input: object, today = '2026-10-25') =>
    addDispositionStep({ steps, kinds, input: { ...inquiry, ...input }, receivedOn: '2026-10-12', today });

  it('appends it, in the order the case went', () => {
    const added = add([registration], {});
    expect(added).toEqual({ ok: true, value: [registration, inquiry] });
    expect(dispositionState(added.ok ? added.value : [], kinds)).toEqual({ status: 'inProgress', lastStep: inquiry });
  });

  it.each([
    ['a step the body has not set up', [registration], { kind: 'warning' }, '“warning”不是本单位设置的处置步骤'],
    ['a step after 了结', [registration, { ...registration, kind: 'closure' }], {}, '该记录已了结，不能再添加处置步骤'],
    ['a step dated after today', [registration], { on: '2026-10-26' }, '处置日期不能晚于今天（2026年10月25日）'],
    ['a step before the record was received', [], { on: '2026-10-11' }, '处置日期不能早于收到该记录的日期（2026年10月12日）'],
    ['a step before the last one', [{ ...registration, on: '2026-10-21' }], {}, '处置日期不能早于上一处置步骤的日期（2026年10月21日）'],
    ['a step without what was done', [registration], { what: '' }, '请填写处置内容'],
    ['a step without who', [registration], { by: '\u3000' }, '请填写处置人'],
  ])('refuses %s', (_label, steps, input, message) => {
    expect(add(steps, input)).toEqual({ ok: false, message });
  });

  it('names a step whose kind the body later removed by its code', () => {
    expect(stepLabel(kinds, 'closure')).toBe('了结');
    expect(stepLabel(kinds, 'oldStep')).toBe('oldStep');
  });
});

describe('disposition reminders', () => {
  it.each([
    ['nothing done, 30 days after receipt', [], '2026-11-11', undefined],
    ['nothing done, 31 days after receipt', [], '2026-11-12', { idleSince: '2026-10-12', idleDays: 31, message: '收到已31天，尚未处置' }],
    ['a step 31 days ago', [registration], '2026-11-12', { idleSince: '2026-10-12', idleDays: 31, message: '上一处置步骤后已31天，尚未了结' }],
    ['a recent step', [registration, inquiry], '2026-11-12', undefined],
    ['closed long ago', [registration, { ...registration, kind: 'closure' }], '2027-06-01', undefined],
  ])('%s', (_label, steps, today, expected) => {
    expect(
      dispositionReminder({ receivedOn: '2026-10-12', steps, kinds, today, reminderAfterDays: 30 }),
    ).toEqual(expected);
  });
});
