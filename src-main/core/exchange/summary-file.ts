import type { AnnualSummary } from '../../shared/casework/annual-summary.ts';
import { refuse, type Checked } from '../../shared/exchange/exchange-problem.ts';
import { SEALED_SUMMARY_FORMAT } from '../../shared/exchange/sealed-envelope.ts';
import { checkSummaryFigures, summaryPayloadSchema, type SummaryPayload } from '../../shared/exchange/summary-payload.ts';
import { toHex } from '../../shared/exchange/hex.ts';
import type { Sodium } from '../vault/sodium.ts';
import { digestHexOf, type BodyKeys, type TrustedBody } from './exchange-keys.ts';
import { checkAddressedToUs, openSealedFile, outerHeaderFor, sealPayload } from './sealed-file.ts';
import { verifyPayload } from './signatures.ts';

export interface SummaryExport {
  summary: AnnualSummary;
  includesNames: boolean;
  issuedAt: Date;
  to: TrustedBody;
}

// The body's annual summary, signed with the body's key and sealed to the office's: the same envelope as a
// record file, under its own format name so neither can pass for the other.
export function sealSummary(sodium: Sodium, sender: BodyKeys, { summary, includesNames, issuedAt, to }: SummaryExport): Uint8Array {
  const header = outerHeaderFor(SEALED_SUMMARY_FORMAT, to);
  const payload: SummaryPayload = {
    header,
    recipient: to.fingerprint,
    sender: sender.fingerprint,
    issuedAt: issuedAt.toISOString(),
    includesNames,
    summary,
  };
  return sealPayload(sodium, header, payload, to, sender.signSecretKey);
}

export interface OpenedSummary {
  sender: TrustedBody;
  issuedAt: string;
  includesNames: boolean;
  summary: AnnualSummary;
  fileDigest: string;
  payloadText: string;
  signature: string;
}

// Opened only by the office it was sealed to, and believed only when signed by a body whose key file the office
// checked: the sender is found by the fingerprint the payload names, never by a key the file carries.
export function openSummaryFile(
  sodium: Sodium,
  bytes: Uint8Array,
  own: BodyKeys,
  bodyByFingerprint: (fingerprint: string) => TrustedBody | undefined,
): Checked<OpenedSummary> {
  const opened = openSealedFile(sodium, bytes, SEALED_SUMMARY_FORMAT, own);
  if (!opened.ok) return opened;
  const parsed = summaryPayloadSchema.safeParse(opened.value.json);
  if (!parsed.success) return refuse('PAYLOAD_INVALID', '年度汇总文件');
  const payload = parsed.data;
  const sender = bodyByFingerprint(payload.sender);
  if (!sender) return refuse('UNKNOWN_SIGNER', `汇总单位的公钥指纹为 ${payload.sender}，请先导入并核对该单位纪检组织的公钥文件`);
  if (!verifyPayload(sodium, SEALED_SUMMARY_FORMAT, opened.value.payload, opened.value.signature, sender.signPublicKey)) {
    return refuse('SIGNATURE_INVALID', '汇总单位的签名');
  }
  const addressed = checkAddressedToUs(opened.value, payload);
  if (!addressed.ok) return addressed;
  const figures = checkSummaryFigures(payload.summary, payload.includesNames);
  if (!figures.ok) return figures;
  return {
    ok: true,
    value: {
      sender,
      issuedAt: payload.issuedAt,
      includesNames: payload.includesNames,
      summary: figures.value,
      fileDigest: digestHexOf(sodium, bytes),
      payloadText: opened.value.payloadText,
      signature: toHex(opened.value.signature),
    },
  };
}
