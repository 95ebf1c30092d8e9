import { refuse, type Checked } from '../../shared/exchange/exchange-problem.ts';
import { forwardPayloadSchema, type ForwardPayload } from '../../shared/exchange/forward-payload.ts';
import { fromHex } from '../../shared/exchange/hex.ts';
import { FORWARDED_RECORD_FORMAT, parsePayloadText } from '../../shared/exchange/sealed-envelope.ts';
import { utf8 } from '../vault/bytes.ts';
import type { Sodium } from '../vault/sodium.ts';
import { digestHexOf, type BodyKeys, type TrustedBody } from './exchange-keys.ts';
import { checkRecordPayload, type OpenedRecord } from './record-file.ts';
import { checkAddressedToUs, openSealedFile, outerHeaderFor, sealPayload } from './sealed-file.ts';
import { verifyPayload } from './signatures.ts';

export interface Forward {
  received: OpenedRecord;
  to: TrustedBody;
  reason: string;
  forwardedAt: Date;
}

// The forwarding body signs the digest of the handler's original payload, the new recipient, the time and the
// reason, and seals all of it with the original payload and signature to the new recipient.
export function sealForward(sodium: Sodium, forwarder: BodyKeys, { received, to, reason, forwardedAt }: Forward): Uint8Array {
  const header = outerHeaderFor(FORWARDED_RECORD_FORMAT, to);
  const payload: ForwardPayload = {
    header,
    recipient: to.fingerprint,
    original: { payload: received.payloadText, signature: received.signature, digest: digestHexOf(sodium, utf8(received.payloadText)) },
    forwarder: forwarder.fingerprint,
    forwardedAt: forwardedAt.toISOString(),
    reason,
  };
  return sealPayload(sodium, header, payload, to, forwarder.signSecretKey);
}

export interface OpenedForward {
  record: OpenedRecord;
  forwarder: TrustedBody;
  forwardedAt: string;
  reason: string;
}

// Both signatures are checked: the forwarder's over the forward, found by the key file this body holds for it,
// and the handler's over the original, which must have been addressed to that forwarder.
export function openForwardFile(
  sodium: Sodium,
  bytes: Uint8Array,
  own: BodyKeys,
  bodyByFingerprint: (fingerprint: string) => TrustedBody | undefined,
): Checked<OpenedForward> {
  const opened = openSealedFile(sodium, bytes, FORWARDED_RECORD_FORMAT, own);
  if (!opened.ok) return opened;
  const parsed = forwardPayloadSchema.safeParse(opened.value.json);
  if (!parsed.success) return refuse('PAYLOAD_INVALID', '转送文件');
  const forward = parsed.data;
  const forwarder = bodyByFingerprint(forward.forwarder);
  if (!forwarder) return refuse('UNKNOWN_SIGNER', `转送方公钥指纹为 ${forward.forwarder}`);
  if (!verifyPayload(sodium, FORWARDED_RECORD_FORMAT, opened.value.payload, opened.value.signature, forwarder.signPublicKey)) {
    return refuse('SIGNATURE_INVALID', '转送方的签名');
  }
  const addressed = checkAddressedToUs(opened.value, forward);
  if (!addressed.ok) return addressed;
  const originalBytes = utf8(forward.original.payload);
  if (digestHexOf(sodium, originalBytes) !== forward.original.digest) return refuse('TAMPERED', '原始记录的摘要不符');
  const original = parsePayloadText(originalBytes);
  if (!original.ok) return original;
  const checked = checkRecordPayload(sodium, original.value.json, originalBytes, fromHex(forward.original.signature));
  if (!checked.ok) return checked;
  if (checked.value.payload.recipient !== forwarder.fingerprint) {
    return refuse('SIGNATURE_INVALID', '原始记录不是发给转送方的');
  }
  return {
    ok: true,
    value: {
      record: { ...checked.value.opened, fileDigest: digestHexOf(sodium, bytes) },
      forwarder,
      forwardedAt: forward.forwardedAt,
      reason: forward.reason,
    },
  };
}
