import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITION_STEP_KINDS } from '../../../src-main/shared/casework/disposition.ts';
import { stepKindChangeProblem, stepKindUses } from '../../../src-main/shared/casework/step-kind-changes.ts';

const kinds = DEFAULT_DISPOSITION_STEP_KINDS;
const step = (kind: string) => ({ kind, by: '赵某', on: '2026-10-15', what: '办理。', notes: null });

describe('changing the list of steps the body has used', () => {
  it('counts each record once per kind it took', () => {
    expect(stepKindUses([[step('registration'), step('registration'), step('closure')], [step('registration')], []])).toEqual([
      { key: 'closure', uses: 1 },
      { key: 'registration', uses: 2 },
    ]);
  });

  const uses = [{ key: 'closure', uses: 2 }];

  it('allows renaming, reordering, retiring a used step and removing an unused one', () => {
    const after = kinds
      .filter((kind) => kind.key !== 'writtenInquiry')
      .toReversed()
      .map((kind) => ({ ...kind, label: `${kind.label}（新）`, retired: kind.key === 'closure' }));
    expect(stepKindChangeProblem(kinds, after, uses)).toBeUndefined();
  });

  it('refuses removing a used step, or changing whether it closes the case', () => {
    const withoutClosure = kinds.filter((kind) => kind.key !== 'closure');
    expect(stepKindChangeProblem(kinds, withoutClosure, uses)).toBe('处置步骤“了结”已在2份记录或事项的处置中使用，不能删除，可以停用');
    const reopening = kinds.map((kind) => ({ ...kind, closesCase: false }));
    expect(stepKindChangeProblem(kinds, reopening, uses)).toBe('处置步骤“了结”已在2份记录或事项的处置中使用，不能更改它是否了结案件');
  });
});
