// Closes an exhaustive switch: adding a member to a union without handling it becomes a type error here.
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}
