import { refuse, type Checked } from '../../shared/exchange/exchange-problem.ts';
import { fromHex, toHex } from '../../shared/exchange/hex.ts';
import { recordPayloadSchema, type RecordPayload } from '../../shared/exchange/record-payload.ts';
import { SEALED_RECORD_FORMAT } from '../../shared/exchange/sealed-envelope.ts';
import { reportStartOf } from '../../shared/calendar/report-start.ts';
import type { InterventionRecord } from '../../shared/form/record.ts';
import { finalizedRecord, recordOfVersion } from '../records/finalized-record.ts';
import { finalizedContent, versionFingerprint } from '../records/record-fingerprint.ts';
import type { Sodium } from '../vault/sodium.ts';
import { digestHexOf, handlerKeyFingerprint, type BodyKeys, type HandlerKey, type TrustedBody } from './exchange-keys.ts';
import { checkAddressedToUs, openSealedFile, outerHeaderFor, sealPayload } from './sealed-file.ts';
import { verifyPayload } from './signatures.ts';

export interface RecordExport {
  recordId: string;
  record: InterventionRecord;
  fingerprint: string;
  exportedAt: Date;
  handlerKey: HandlerKey;
  recipient: TrustedBody;
}

// One record file for one recipient.
export function sealRecord(sodium: Sodium, { recordId, record, fingerprint, exportedAt, handlerKey, recipient }: RecordExport): Uint8Array {
  const header = outerHeaderFor(SEALED_RECORD_FORMAT, recipient);
  const { filedAt, entries, version, amendsDigest, amendmentReason } = record;
  const payload: RecordPayload = {
    header,
    recipient: recipient.fingerprint,
    // Exactly the content the vault fingerprinted, the 逾期说明 and lateness of a late record included.
    record: { recordId, version, amendsDigest, amendmentReason, content: finalizedContent(record) },
    fingerprint,
    deadline: { filedAt, reportStart: reportStartOf(entries) },
    exportedAt: exportedAt.toISOString(),
    sender: { signKey: toHex(handlerKey.signPublicKey) },
  };
  return sealPayload(sodium, header, payload, recipient, handlerKey.signSecretKey);
}

// A record file opened and verified: what the body stores and shows.
export interface OpenedRecord {
  recordId: string;
  version: number;
  amendsDigest: string | null;
  fingerprint: string;
  record: InterventionRecord;
  deadline: RecordPayload['deadline'];
  exportedAt: string;
  senderKey: string;
  senderKeyFingerprint: string;
  recipient: string;
  // BLAKE2b-256 of the whole file as received: a duplicate has the same digest, and the receipt names it.
  fileDigest: string;
  // The signed payload and its signature exactly as received, kept for forwarding.
  payloadText: string;
  signature: string;
}

export function openRecordFile(sodium: Sodium, bytes: Uint8Array, own: BodyKeys): Checked<OpenedRecord> {
  const opened = openSealedFile(sodium, bytes, SEALED_RECORD_FORMAT, own);
  if (!opened.ok) return opened;
  const checked = checkRecordPayload(sodium, opened.value.json, opened.value.payload, opened.value.signature);
  if (!checked.ok) return checked;
  const addressed = checkAddressedToUs(opened.value, checked.value.payload);
  if (!addressed.ok) return addressed;
  return { ok: true, value: { ...checked.value.opened, fileDigest: digestHexOf(sodium, bytes) } };
}

// The handler's payload, on its own: shared by a record file and the original inside a forward.
export function checkRecordPayload(
  sodium: Sodium,
  json: unknown,
  payloadBytes: Uint8Array,
  signature: Uint8Array,
): Checked<{ payload: RecordPayload; opened: Omit<OpenedRecord, 'fileDigest'> }> {
  const parsed = recordPayloadSchema.safeParse(json);
  if (!parsed.success) return refuse('PAYLOAD_INVALID');
  const payload = parsed.data;
  const senderKey = fromHex(payload.sender.signKey);
  if (!verifyPayload(sodium, SEALED_RECORD_FORMAT, payloadBytes, signature, senderKey)) return refuse('SIGNATURE_INVALID');
  const { recordId, version, amendsDigest, amendmentReason, content } = payload.record;
  const record = finalizedRecord(recordOfVersion({ content, status: 'finalized', version, amendsDigest, amendmentReason }));
  if (!record.ok) return refuse('RECORD_INVALID', record.problems.slice(0, 3).join('；'));
  // The fingerprint is recomputed from the content as it arrived, not as the form schema normalised it.
  if (versionFingerprint(payload.record) !== payload.fingerprint) return refuse('FINGERPRINT_MISMATCH');
  const { entries, filedAt } = record.record;
  if (payload.deadline.filedAt !== filedAt || payload.deadline.reportStart !== reportStartOf(entries)) {
    return refuse('PAYLOAD_INVALID', '期限所依据的日期与记录表不符');
  }
  return {
    ok: true,
    value: {
      payload,
      opened: {
        recordId,
        version,
        amendsDigest,
        fingerprint: payload.fingerprint,
        record: record.record,
        deadline: payload.deadline,
        exportedAt: payload.exportedAt,
        senderKey: payload.sender.signKey,
        senderKeyFingerprint: handlerKeyFingerprint(sodium, senderKey),
        recipient: payload.recipient,
        payloadText: new TextDecoder().decode(payloadBytes),
        signature: toHex(signature),
      },
    },
  };
}
