import { dayNumberOf, type IsoDate } from '../calendar/iso-date.ts';
import { dispositionState, type DispositionStep, type DispositionStepKind } from './disposition.ts';

// Natural days, as a body sets its own follow-up rhythm ("超过30天未处置的提醒我"), not the rule's working days.
export const DEFAULT_REMINDER_AFTER_DAYS = 30;

export interface DispositionReminder {
  // The day of the last step, or the received date when no step was taken yet.
  idleSince: IsoDate;
  idleDays: number;
  message: string;
}

// An open record nobody has acted on for more than `reminderAfterDays` days; undefined when none is due.
export function dispositionReminder({
  receivedOn,
  steps,
  kinds,
  today,
  reminderAfterDays,
}: {
  receivedOn: IsoDate;
  steps: readonly DispositionStep[];
  kinds: readonly DispositionStepKind[];
  today: IsoDate;
  reminderAfterDays: number;
}): DispositionReminder | undefined {
  const state = dispositionState(steps, kinds);
  if (state.status === 'closed') return undefined;
  const idleSince = state.lastStep?.on ?? receivedOn;
  const idleDays = dayNumberOf(today) - dayNumberOf(idleSince);
  if (idleDays <= reminderAfterDays) return undefined;
  const message =
    state.status === 'notStarted'
      ? `收到已${idleDays}天，尚未处置`
      : `上一处置步骤后已${idleDays}天，尚未了结`;
  return { idleSince, idleDays, message };
}
