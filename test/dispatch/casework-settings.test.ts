import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../src-main/contract/index.ts';
import type { Dispatch } from '../../src-main/dispatch/index.ts';
import { call, paperRecordFor } from '../support/dispatch-fixtures.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { dispatchWithOutputCheck, makeServices } from '../support/test-services.ts';
import { fakeClock, TEST_PASSPHRASE } from '../support/test-vault.ts';

type Settings = Input<'casework.saveSettings'>;

const paperRecord = paperRecordFor('divisionPrincipal');
const step = (kind: string) => ({ kind, by: '赵某', on: '2026-10-15', what: '办理。', notes: null });
const INVALID = '请求内容格式不正确，未作任何改动。';

// 案件办理设置: the body's steps and reminder days, refused with a message of their own when wrong, and never in a
// way that rewrites a record's history.
describe('casework settings through dispatch', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dispatch: Dispatch;
  let defaults: Settings;

  beforeEach(async () => {
    dir = makeTempDir();
    dispatch = dispatchWithOutputCheck(makeServices(dir.path, fakeClock('2026-10-15T10:00:00+08:00')), 'disciplineBody');
    await call(dispatch, 'vault.create', { passphrase: TEST_PASSPHRASE });
    defaults = await call(dispatch, 'casework.getSettings', {});
  });
  afterEach(() => dir.remove());

  const refusal = async (settings: unknown) => {
    const before = await call(dispatch, 'casework.getSettings', {});
    const audited = (await call(dispatch, 'audit.list', {})).length;
    const answer = await dispatch('casework.saveSettings', settings);
    expect(await call(dispatch, 'casework.getSettings', {})).toEqual(before);
    expect(await call(dispatch, 'audit.list', {})).toHaveLength(audited);
    return answer;
  };

  it.each([
    [0, '提醒天数不能为0，请填写1至365之间的整数'],
    [-3, '提醒天数不能为负数，请填写1至365之间的整数'],
    [7.5, '提醒天数应为整天数，不能有小数，请填写1至365之间的整数'],
    [366, '提醒天数最多365天（一年），请填写1至365之间的整数'],
    ['30', '提醒天数应为数字，请填写1至365之间的整数'],
  ])('refuses %j reminder days with its own message and changes nothing', async (days, message) => {
    expect(await refusal({ ...defaults, reminderAfterDays: days })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: `${INVALID}reminderAfterDays：${message}` },
    });
  });

  it.each([
    ['no step at all', [], 'stepKinds：请至少设置一个处置步骤'],
    ['an empty name', [{ key: 'closure', label: '', closesCase: true }], 'stepKinds.0.label：'],
    ['a name twice', [{ key: 'closure', label: '了结', closesCase: true }, { key: 'end', label: '了结', closesCase: true }], 'stepKinds：处置步骤名称“了结”重复'],
    [
      'no step that closes a case',
      [{ key: 'registration', label: '登记备案', closesCase: false }],
      'stepKinds：请至少设置一个在用的了结案件的处置步骤，否则记录永远不能了结',
    ],
    [
      'every step retired',
      [{ key: 'closure', label: '了结', closesCase: true, retired: true }],
      'stepKinds：请至少保留一个在用的处置步骤',
    ],
  ])('refuses a list with %s and changes nothing', async (_label, stepKinds, message) => {
    const answer = await refusal({ ...defaults, stepKinds });
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.error.message).toContain(message);
  });

  it('saves a renamed, reordered, extended list and new reminder days, audited', async () => {
    const [registration, ...rest] = defaults.stepKinds;
    const stepKinds = [...rest, { key: 'custom1', label: '约谈', closesCase: false }, { ...registration!, label: '登记' }];
    expect(await call(dispatch, 'casework.saveSettings', { stepKinds, reminderAfterDays: 14 })).toEqual({ stepKinds, reminderAfterDays: 14 });
    expect(await call(dispatch, 'casework.getSettings', {})).toEqual({ stepKinds, reminderAfterDays: 14 });
    const [last] = (await call(dispatch, 'audit.list', {})).toReversed();
    expect([last?.action, last?.note]).toEqual(['settingsChanged', '案件办理设置']);
  });

  it('keeps a used step: refuses removing it or changing whether it closes, retires it instead', async () => {
    const { entry } = await call(dispatch, 'casework.keyInPaper', { record: paperRecord });
    const closed = await call(dispatch, 'casework.addStep', { recordId: entry.recordId, step: step('closure') });
    expect(await call(dispatch, 'casework.stepKindUses', {})).toEqual([{ key: 'closure', uses: 1 }]);
    const withoutClosure = defaults.stepKinds.filter((kind) => kind.key !== 'closure');
    const ending = { key: 'ended', label: '办结', closesCase: true };

    expect(await refusal({ ...defaults, stepKinds: [...withoutClosure, ending] })).toEqual({
      ok: false,
      error: { code: 'CASEWORK_REFUSED', message: '处置步骤“了结”已在1份记录或事项的处置中使用，不能删除，可以停用' },
    });
    const notClosing = defaults.stepKinds.map((kind) => (kind.key === 'closure' ? { ...kind, closesCase: false } : kind));
    expect(await refusal({ ...defaults, stepKinds: [...notClosing, ending] })).toEqual({
      ok: false,
      error: { code: 'CASEWORK_REFUSED', message: '处置步骤“了结”已在1份记录或事项的处置中使用，不能更改它是否了结案件' },
    });

    const retired = defaults.stepKinds.map((kind) => (kind.key === 'closure' ? { ...kind, retired: true } : kind));
    await call(dispatch, 'casework.saveSettings', { ...defaults, stepKinds: [...retired, ending] });
    expect(await call(dispatch, 'casework.get', { recordId: entry.recordId })).toEqual(closed);
    const [row] = await call(dispatch, 'casework.inbox', {});
    expect(row?.disposition).toBe('closed');

    const other = await call(dispatch, 'casework.keyInPaper', { record: paperRecord });
    expect(await dispatch('casework.addStep', { recordId: other.entry.recordId, step: step('closure') })).toEqual({
      ok: false,
      error: { code: 'CASEWORK_REFUSED', message: '处置步骤“了结”已停用，不能再用于新的处置' },
    });
    await call(dispatch, 'casework.addStep', { recordId: other.entry.recordId, step: step('ended') });
  });

  it('removes a step nobody has used', async () => {
    const stepKinds = defaults.stepKinds.filter((kind) => kind.key !== 'writtenInquiry');
    await call(dispatch, 'casework.saveSettings', { ...defaults, stepKinds });
    expect((await call(dispatch, 'casework.getSettings', {})).stepKinds.map((kind) => kind.label)).not.toContain('函询');
  });
});
