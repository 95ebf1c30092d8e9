import type { ExchangeProblemCode } from '../../shared/exchange/exchange-problem.ts';

export interface HeldSummary {
  fileDigest: string;
  issuedAt: string;
  payloadText: string;
}

export type SummaryDecision =
  | { store: false; code: Extract<ExchangeProblemCode, 'DUPLICATE' | 'SUMMARY_OLDER'> }
  | { store: true; code: Extract<ExchangeProblemCode, 'SUMMARY_EQUIVOCATION'> | null };

// One unit, one year: the summary issued last is the unit's word. An older one arriving later is a replay and
// is refused; a different one with the same issue time is the unit saying two things at once, kept and flagged.
export function decideSummary(held: readonly HeldSummary[], arriving: HeldSummary): SummaryDecision {
  if (held.some((each) => each.fileDigest === arriving.fileDigest || (Date.parse(each.issuedAt) === Date.parse(arriving.issuedAt) && each.payloadText === arriving.payloadText))) {
    return { store: false, code: 'DUPLICATE' };
  }
  // Instants compared as times: two spellings of one instant are the same issue time.
  const latest = Math.max(...held.map((each) => Date.parse(each.issuedAt)));
  const issued = Date.parse(arriving.issuedAt);
  if (issued < latest) return { store: false, code: 'SUMMARY_OLDER' };
  if (issued === latest) return { store: true, code: 'SUMMARY_EQUIVOCATION' };
  return { store: true, code: null };
}
