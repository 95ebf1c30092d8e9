// A code for a step the body adds: the body names steps in Chinese, the code only has to be new and plain.
export function newStepKey(taken: readonly string[]): string {
  let number = 1;
  while (taken.includes(`step${number}`)) number += 1;
  return `step${number}`;
}
