import type { DispositionStep, DispositionStepKind } from './disposition.ts';

export interface StepKindUse {
  key: string;
  // How many records and 第十条、第十一条 findings took a step of this kind.
  uses: number;
}

// Which step kinds the body has taken, counted once per record or finding that took them.
export function stepKindUses(dispositions: readonly (readonly DispositionStep[])[]): StepKindUse[] {
  const uses = new Map<string, number>();
  for (const steps of dispositions) {
    for (const key of new Set(steps.map((step) => step.kind))) uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  return [...uses].map(([key, count]) => ({ key, uses: count })).sort((a, b) => a.key.localeCompare(b.key));
}

// A step already taken is named and counted through the list alone (stored steps keep only its key), so a new
// list must still hold it and still say whether it closes the case; otherwise a closed record would reopen or
// its history read as codes. Answers the first such problem, in Chinese, or undefined.
export function stepKindChangeProblem(
  before: readonly DispositionStepKind[],
  after: readonly DispositionStepKind[],
  uses: readonly StepKindUse[],
): string | undefined {
  for (const { key, uses: count } of uses) {
    const was = before.find((kind) => kind.key === key);
    const now = after.find((kind) => kind.key === key);
    const name = was?.label ?? key;
    if (was && !now) return `处置步骤“${name}”已在${count}份记录或事项的处置中使用，不能删除，可以停用`;
    if (was && now && was.closesCase !== now.closesCase) {
      return `处置步骤“${name}”已在${count}份记录或事项的处置中使用，不能更改它是否了结案件`;
    }
  }
  return undefined;
}
