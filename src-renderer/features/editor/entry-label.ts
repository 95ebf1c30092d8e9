// The accessible name of a field repeated in every 干预具体情况: a screen reader says which entry it belongs to
// ("第2项 姓名"), while the visible label stays the annex's own word.
export function entryLabel(name: number, label: string): string {
  return `第${name + 1}项 ${label}`;
}
