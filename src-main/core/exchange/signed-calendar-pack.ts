import { parseCalendarPack, type CalendarPack } from '../../shared/calendar/calendar-pack.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import { calendarPackPayloadSchema, type CalendarPackPayload } from '../../shared/exchange/calendar-pack-payload.ts';
import { refuse, type Checked } from '../../shared/exchange/exchange-problem.ts';
import { SIGNED_CALENDAR_PACK_FORMAT, encodeSignedFile, parseSignedFile } from '../../shared/exchange/signed-file.ts';
import type { Sodium } from '../vault/sodium.ts';
import type { BodyKeys, TrustedBody } from './exchange-keys.ts';
import { signPayloadText, verifyPayloadText } from './signatures.ts';

export function signCalendarPack(sodium: Sodium, body: BodyKeys, pack: Record<string, unknown>, sequence: number, signedAt: Date): string {
  const payload: CalendarPackPayload = { pack, sequence, signer: body.fingerprint, signedAt: signedAt.toISOString() };
  const payloadText = canonicalJson(payload);
  return encodeSignedFile(
    SIGNED_CALENDAR_PACK_FORMAT,
    payloadText,
    signPayloadText(sodium, SIGNED_CALENDAR_PACK_FORMAT, payloadText, body.signSecretKey),
  );
}

export interface SignedCalendarPack {
  pack: CalendarPack;
  sequence: number;
  signer: TrustedBody;
  signedAt: string;
}

export function readSignedCalendarPack(
  sodium: Sodium,
  bytes: Uint8Array,
  bodyByFingerprint: (fingerprint: string) => TrustedBody | undefined,
): Checked<SignedCalendarPack> {
  const file = parseSignedFile(bytes, SIGNED_CALENDAR_PACK_FORMAT);
  if (!file.ok) return file;
  const parsed = calendarPackPayloadSchema.safeParse(file.value.payloadJson);
  if (!parsed.success) return refuse('PAYLOAD_INVALID', '签名日历包');
  const signer = bodyByFingerprint(parsed.data.signer);
  if (!signer) return refuse('UNKNOWN_SIGNER', `签名者公钥指纹为 ${parsed.data.signer}`);
  if (!verifyPayloadText(sodium, SIGNED_CALENDAR_PACK_FORMAT, file.value.payloadText, file.value.signature, signer.signPublicKey)) {
    return refuse('SIGNATURE_INVALID', '日历包');
  }
  const pack = parseCalendarPack(canonicalJson(parsed.data.pack));
  if (!pack.ok) return refuse('CALENDAR_INVALID', pack.problems.slice(0, 3).join('；'));
  return { ok: true, value: { pack: pack.pack, sequence: parsed.data.sequence, signer, signedAt: parsed.data.signedAt } };
}
