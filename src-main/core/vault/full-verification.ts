import { VERIFIED_TABLES, type RowProblem, type VaultSession } from './vault-session.ts';

// Rows per step: small enough that a save waiting behind a step is not noticed (a step of 500 record rows takes
// a few milliseconds), large enough that 10,000 records take few turns of the event loop.
const VERIFY_STEP_ROWS = 500;

export interface VerificationStatus {
  state: 'running' | 'passed' | 'failed';
  checkedRows: number;
  totalRows: number;
  problems: RowProblem[];
}

// The full verification after unlock: every row and audit entry decrypted and authenticated against the
// manifest's index, which the unlock itself does not do (it reads only tags and the chain's hashes). It runs in
// steps between which other requests are answered, and stops when the session it checks is no longer open.
export class FullVerification {
  readonly status: VerificationStatus;
  readonly done: Promise<VerificationStatus>;

  constructor(session: VaultSession, stillOpen: () => boolean) {
    this.status = { state: 'running', checkedRows: 0, totalRows: session.verifiedRowCount, problems: [] };
    const steps = verificationSteps(session);
    this.done = new Promise((resolve) => {
      const step = (): void => {
        if (!stillOpen()) return resolve(this.status);
        const next = steps.next();
        if (next.done) {
          this.status.state = this.status.problems.length === 0 ? 'passed' : 'failed';
          return resolve(this.status);
        }
        this.status.checkedRows += next.value.checked;
        this.status.problems.push(...next.value.problems);
        setImmediate(step);
      };
      setImmediate(step);
    });
  }
}

// The same pass at once, for a backup's copy and the bench.
export function verifyFully(session: VaultSession): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const step of verificationSteps(session)) problems.push(...step.problems);
  return problems;
}

function* verificationSteps(session: VaultSession): Generator<{ checked: number; problems: RowProblem[] }> {
  for (const table of VERIFIED_TABLES) {
    let after = 0;
    for (;;) {
      const step = session.verifyStep(table, after, VERIFY_STEP_ROWS);
      if (step.checked === 0) break;
      yield step;
      // Positions only grow within a step; one that did not would loop forever.
      if (step.last <= after) break;
      after = step.last;
    }
  }
}
