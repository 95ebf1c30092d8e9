import type { Output } from '../../../src-main/contract/index.ts';

export type CaseFileView = Output<'casework.get'>;
export type CaseworkSettingsView = Output<'casework.getSettings'>;

// What a panel of the case page hands back: the case as main stored it after the change.
export type OnCaseChanged = (caseFile: CaseFileView) => void;

// A day typed as 2026-10-15: what the casework channels take; main checks it is a real day no later than today.
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DAY_RULE = { pattern: DAY_PATTERN, message: '请按“2026-10-15”的格式填写日期' };

// Text a person left empty is not sent as an empty string where the channel means "none".
export function orNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}

// What every panel of the case page is given: the case, the body's settings, main's today, and where a change goes.
export interface CasePanelProps {
  caseFile: CaseFileView;
  settings: CaseworkSettingsView;
  today: string;
  onChanged: OnCaseChanged;
}
