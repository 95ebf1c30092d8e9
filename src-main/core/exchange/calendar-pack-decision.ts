import type { CalendarPack } from '../../shared/calendar/calendar-pack.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import { UNSIGNED_PACK_RISK } from '../../shared/calendar/unsigned-pack-risk.ts';
import { EXCHANGE_PROBLEMS } from '../../shared/exchange/exchange-problem.ts';

// Who vouched for a pack: a body whose key file this installation checked, or nobody.
export interface PackSigner {
  fingerprint: string;
  name: string;
}

export interface PackWithProvenance {
  pack: CalendarPack;
  signer: PackSigner | null;
  sequence: number | null;
}


export type PackDecision =
  | { accept: true; needsConfirmation: false }
  | { accept: false; needsConfirmation: true; risk: string }
  | { accept: false; needsConfirmation: false; code: 'CALENDAR_CONFLICT' | 'CALENDAR_SEQUENCE_OLD'; message: string };

function describeSigner(signer: PackSigner | null): string {
  return signer ? `${signer.name}（公钥指纹 ${signer.fingerprint.slice(0, 16)}…）` : '未签名的日历包';
}

// One year's schedule as comparable text: two packs agree on a year when these are equal.
function yearContent(pack: CalendarPack, year: number): string {
  const inYear = ({ date }: { date: string }) => date.startsWith(`${year}-`);
  return canonicalJson({
    holidays: pack.holidays.filter(inYear).map(({ date }) => date).sort(),
    adjustedWorkdays: pack.adjustedWorkdays.filter(inYear).map(({ date }) => date).sort(),
  });
}

// Packs for one year from different signers that disagree are refused naming both; a signer's pack for a year
// replaces its own earlier one only with a higher sequence number; an unsigned pack is never taken silently.
export function decideCalendarPack(incoming: PackWithProvenance, held: readonly PackWithProvenance[], confirmedUnsigned: boolean): PackDecision {
  for (const year of incoming.pack.years) {
    for (const other of held.filter((candidate) => candidate.pack.years.includes(year))) {
      const sameSigner = other.signer !== null && incoming.signer !== null && other.signer.fingerprint === incoming.signer.fingerprint;
      if (sameSigner) {
        if ((incoming.sequence ?? 0) <= (other.sequence ?? 0)) {
          return refusal('CALENDAR_SEQUENCE_OLD', `${year}年：本机已有序号${other.sequence ?? 0}，该文件序号${incoming.sequence ?? 0}`);
        }
      } else if (other.signer !== null && yearContent(other.pack, year) !== yearContent(incoming.pack, year)) {
        return refusal('CALENDAR_CONFLICT', `${year}年：${describeSigner(other.signer)} 与 ${describeSigner(incoming.signer)} 的安排不同`);
      }
    }
  }
  if (incoming.signer === null && !confirmedUnsigned) return { accept: false, needsConfirmation: true, risk: UNSIGNED_PACK_RISK };
  return { accept: true, needsConfirmation: false };
}

function refusal(code: 'CALENDAR_CONFLICT' | 'CALENDAR_SEQUENCE_OLD', detail: string): PackDecision {
  return { accept: false, needsConfirmation: false, code, message: `${EXCHANGE_PROBLEMS[code]}（${detail}）` };
}
