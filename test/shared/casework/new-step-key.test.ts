import { describe, expect, it } from 'vitest';
import { dispositionStepKindSchema } from '../../../src-main/shared/casework/disposition.ts';
import { newStepKey } from '../../../src-main/shared/casework/new-step-key.ts';

describe('the code of a step the body adds', () => {
  it('is the first free one, and a code the step schema accepts', () => {
    expect(newStepKey(['registration', 'closure'])).toBe('step1');
    expect(newStepKey(['step1', 'step3'])).toBe('step2');
    expect(dispositionStepKindSchema.safeParse({ key: newStepKey([]), label: '约谈', closesCase: false }).success).toBe(true);
  });
});
