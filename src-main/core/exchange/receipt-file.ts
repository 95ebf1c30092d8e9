import { canonicalJson } from '../../shared/canonical-json.ts';
import { refuse, type Checked } from '../../shared/exchange/exchange-problem.ts';
import { receiptPayloadSchema, type ReceiptPayload } from '../../shared/exchange/receipt-payload.ts';
import { RECEIPT_FORMAT, encodeSignedFile, parseSignedFile } from '../../shared/exchange/signed-file.ts';
import type { Sodium } from '../vault/sodium.ts';
import type { BodyKeys, TrustedBody } from './exchange-keys.ts';
import type { OpenedRecord } from './record-file.ts';
import { signPayloadText, verifyPayloadText } from './signatures.ts';

// The body's 回执 for one imported record file.
export function writeReceipt(sodium: Sodium, body: BodyKeys, received: OpenedRecord, importedAt: Date): string {
  const payload: ReceiptPayload = {
    recordId: received.recordId,
    version: received.version,
    fingerprint: received.fingerprint,
    fileDigest: received.fileDigest,
    handlerKey: received.senderKeyFingerprint,
    bodyKey: body.fingerprint,
    body: body.identity,
    importedAt: importedAt.toISOString(),
  };
  const payloadText = canonicalJson(payload);
  return encodeSignedFile(RECEIPT_FORMAT, payloadText, signPayloadText(sodium, RECEIPT_FORMAT, payloadText, body.signSecretKey));
}

// What the handler's record must match for the receipt to count as proof of reporting it.
export interface ReceiptExpectation {
  recordId: string;
  version: number;
  fingerprint: string;
  handlerKey: string;
}

// Verified against the key file the handler checked on paper (found by the fingerprint the receipt names), never
// against a key the receipt brings along.
export function readReceipt(
  sodium: Sodium,
  bytes: Uint8Array,
  bodyByFingerprint: (fingerprint: string) => TrustedBody | undefined,
  expected: (recordId: string) => ReceiptExpectation[],
): Checked<ReceiptPayload> {
  const file = parseSignedFile(bytes, RECEIPT_FORMAT);
  if (!file.ok) return file;
  const parsed = receiptPayloadSchema.safeParse(file.value.payloadJson);
  if (!parsed.success) return refuse('PAYLOAD_INVALID', '回执');
  const receipt = parsed.data;
  const body = bodyByFingerprint(receipt.bodyKey);
  if (!body) return refuse('UNKNOWN_SIGNER', `回执署名的纪检组织公钥指纹为 ${receipt.bodyKey}`);
  if (!verifyPayloadText(sodium, RECEIPT_FORMAT, file.value.payloadText, file.value.signature, body.signPublicKey)) {
    return refuse('SIGNATURE_INVALID', '回执');
  }
  const matches = expected(receipt.recordId).some(
    (version) =>
      version.version === receipt.version && version.fingerprint === receipt.fingerprint && version.handlerKey === receipt.handlerKey,
  );
  if (!matches) return refuse('RECEIPT_OTHER_RECORD');
  return { ok: true, value: receipt };
}
