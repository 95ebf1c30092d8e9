import { canonicalJson } from '../../shared/canonical-json.ts';
import { refuse, type Checked } from '../../shared/exchange/exchange-problem.ts';
import {
  SEALED_FORMAT_VERSION,
  encodeSealedFile,
  frameInner,
  parsePayloadText,
  splitSealedFile,
  unframeInner,
  type OuterHeader,
  type SealedFormat,
} from '../../shared/exchange/sealed-envelope.ts';
import { utf8 } from '../vault/bytes.ts';
import type { Sodium } from '../vault/sodium.ts';
import type { BodyKeys, TrustedBody } from './exchange-keys.ts';
import { signPayload } from './signatures.ts';

export function outerHeaderFor(format: SealedFormat, recipient: TrustedBody): OuterHeader {
  return { format, formatVersion: SEALED_FORMAT_VERSION, recipient: recipient.fingerprint };
}

// Signs the payload (which already holds a copy of the header), pads, and seals it to the recipient's key.
export function sealPayload(
  sodium: Sodium,
  header: OuterHeader,
  payload: Record<string, unknown>,
  recipient: TrustedBody,
  signSecretKey: Uint8Array,
): Uint8Array {
  const payloadBytes = utf8(canonicalJson(payload));
  const signature = signPayload(sodium, header.format, payloadBytes, signSecretKey);
  const box = sodium.crypto_box_seal(frameInner(payloadBytes, signature), recipient.boxPublicKey);
  return encodeSealedFile(canonicalJson(header), box);
}

export interface OpenedPayload {
  header: OuterHeader;
  headerText: string;
  payload: Uint8Array;
  payloadText: string;
  json: unknown;
  signature: Uint8Array;
}

// Everything a sealed file of either kind goes through before its own payload schema: the outer checks, the
// recipient, the box, the inner framing. The caller verifies the signature over `payload`, the bytes as opened.
export function openSealedFile(sodium: Sodium, bytes: Uint8Array, format: SealedFormat, own: BodyKeys): Checked<OpenedPayload> {
  const split = splitSealedFile(bytes);
  if (!split.ok) return split;
  const { header, headerText, box } = split.value;
  if (header.format !== format) return refuse('NOT_EXCHANGE_FILE', `应为“${format}”，该文件为“${header.format}”`);
  if (header.recipient !== own.fingerprint) return refuse('WRONG_RECIPIENT', `文件的接收方公钥指纹为 ${header.recipient}`);
  let plain: Uint8Array;
  try {
    plain = sodium.crypto_box_seal_open(box, own.boxPublicKey, own.boxSecretKey);
  } catch {
    return refuse('TAMPERED');
  }
  const frame = unframeInner(plain);
  if (!frame.ok) return frame;
  const parsed = parsePayloadText(frame.value.payload);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { header, headerText, payload: frame.value.payload, signature: frame.value.signature, payloadText: parsed.value.text, json: parsed.value.json } };
}

// The copy of the header inside must be the header outside, and the recipient named inside must be this body:
// otherwise someone re-sealed another body's file.
export function checkAddressedToUs(opened: OpenedPayload, payload: { header: OuterHeader; recipient: string }): Checked<null> {
  if (canonicalJson(payload.header) !== opened.headerText) return refuse('HEADER_MISMATCH');
  if (payload.recipient !== opened.header.recipient) return refuse('WRONG_RECIPIENT', `签名内容中的接收方为 ${payload.recipient}`);
  return { ok: true, value: null };
}
