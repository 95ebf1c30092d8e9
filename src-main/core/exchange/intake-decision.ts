import type { ExchangeProblemCode } from '../../shared/exchange/exchange-problem.ts';
import type { OpenedRecord } from './record-file.ts';

// What the body already holds of one record, as far as deciding about a new file goes.
export interface HeldVersion {
  recordId: string;
  version: number;
  fingerprint: string;
  amendsDigest: string | null;
  fileDigest: string;
}

// A handler is known by name and work unit; the first key seen for them is trusted until one changes.
export interface HandlerKeyHistory {
  trustedKeyFingerprint: string;
}

export type IntakeDecision =
  | { store: false; code: Extract<ExchangeProblemCode, 'DUPLICATE' | 'REPLAYED_OLD_VERSION'> }
  | {
      store: true;
      // Each flag is shown to the officer until resolved; a file can carry several.
      flags: Extract<ExchangeProblemCode, 'EQUIVOCATION' | 'WAITING_FOR_EARLIER' | 'KEY_CHANGED'>[];
      // Held versions that were waiting for this one and no longer are.
      completes: HeldVersion[];
      // Held versions that now conflict with this one.
      contradicts: HeldVersion[];
    };

// Never merges, never overwrites: an identical file is skipped, an older copy of something newer held is
// refused, anything else is stored with what is wrong with it flagged for a person to judge.
export function decideIntake(incoming: OpenedRecord, held: readonly HeldVersion[], handler: HandlerKeyHistory | undefined): IntakeDecision {
  const sameRecord = held.filter((version) => version.recordId === incoming.recordId);
  if (sameRecord.some((version) => version.fileDigest === incoming.fileDigest)) return { store: false, code: 'DUPLICATE' };
  const sameVersion = sameRecord.filter((version) => version.version === incoming.version);
  if (sameVersion.some((version) => version.fingerprint === incoming.fingerprint)) {
    const newer = sameRecord.some((version) => version.version > incoming.version);
    return { store: false, code: newer ? 'REPLAYED_OLD_VERSION' : 'DUPLICATE' };
  }
  const flags: Extract<IntakeDecision, { store: true }>['flags'] = [];
  const contradicts = sameVersion;
  if (contradicts.length > 0) flags.push('EQUIVOCATION');
  if (incoming.amendsDigest !== null && !sameRecord.some((version) => version.fingerprint === incoming.amendsDigest)) {
    flags.push('WAITING_FOR_EARLIER');
  }
  if (handler !== undefined && handler.trustedKeyFingerprint !== incoming.senderKeyFingerprint) flags.push('KEY_CHANGED');
  const completes = sameRecord.filter((version) => version.amendsDigest === incoming.fingerprint);
  return { store: true, flags, completes, contradicts };
}
