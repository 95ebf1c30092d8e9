import type { Output } from '../../../src-main/contract/index.ts';
import { ReadableTag, type TagColor } from '../../app/readable-tag.tsx';

// Record files at a body and summary files at the office end the same three ways.
export type ImportOutcome = Output<'intake.importFolder' | 'office.importFolder'>['reports'][number]['outcome'];

const OUTCOMES: Readonly<Record<ImportOutcome, { label: string; color: TagColor }>> = {
  imported: { label: '已导入', color: 'green' },
  skipped: { label: '已跳过', color: 'default' },
  refused: { label: '未导入', color: 'red' },
};

// What became of one file of an import, as a coloured tag in its report line.
export function ImportOutcomeTag({ outcome }: { outcome: ImportOutcome }) {
  return <ReadableTag color={OUTCOMES[outcome].color}>{OUTCOMES[outcome].label}</ReadableTag>;
}
