import type { ImportOutcome } from './import-outcome-tag.tsx';

// The batch in one clause, counted by outcome; each page ends the sentence with what else it has to say.
export function importTally(reports: readonly { outcome: ImportOutcome }[]): string {
  const count = (outcome: ImportOutcome) => reports.filter((report) => report.outcome === outcome).length;
  return `共 ${String(reports.length)} 个文件：导入 ${String(count('imported'))} 个，跳过 ${String(count('skipped'))} 个，未导入 ${String(count('refused'))} 个`;
}
