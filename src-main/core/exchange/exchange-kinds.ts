import { z } from 'zod';
import { bodyIdentitySchema } from '../../shared/exchange/exchange-body.ts';
import { digestHex, instant, isoDay, keyHex, recordIdHex, signatureHex, versionNumber } from '../../shared/exchange/exchange-fields.ts';
import { receiptPayloadSchema } from '../../shared/exchange/receipt-payload.ts';
import { finishedRecordSchema } from '../records/finalized-record.ts';
import { storedKind } from '../vault/stored-kind.ts';

// What the exchange keeps in the vault. Secret keys are stored as the 32-byte seeds libsodium derives them from.

// A discipline body's own identity and keys (one row, id OWN_ROW).
export const bodyKeysKind = storedKind({
  name: 'exchange-body-keys',
  label: '本纪检组织的交换密钥',
  schema: z.strictObject({ identity: bodyIdentitySchema, boxSeed: keyHex, signSeed: keyHex, createdAt: instant }),
});

// A handler installation's signing key (one row, id OWN_ROW).
export const handlerKeyKind = storedKind({
  name: 'exchange-handler-key',
  label: '本机签名密钥',
  schema: z.strictObject({ signSeed: keyHex, createdAt: instant }),
});

export const OWN_ROW = 'own';

// A body's key file that a person compared with its printed notice; the row id is its fingerprint.
export const trustedBodyKind = storedKind({
  name: 'exchange-trusted-body',
  label: '已核对的纪检组织公钥',
  schema: z.strictObject({ keyFileText: z.string(), checkedAt: instant }),
});

export const INTAKE_FLAGS = ['EQUIVOCATION', 'WAITING_FOR_EARLIER', 'KEY_CHANGED'] as const;

// A record file the body imported; the row id is the file's digest. Never merged or overwritten: what is wrong
// with it stays flagged until a person resolves it.
export const receivedRecordKind = storedKind({
  name: 'exchange-received',
  label: '收到的记录表文件',
  schema: z.strictObject({
    recordId: recordIdHex,
    version: versionNumber,
    amendsDigest: digestHex.nullable(),
    fingerprint: digestHex,
    fileDigest: digestHex,
    senderKey: keyHex,
    senderKeyFingerprint: digestHex,
    recipient: digestHex,
    record: finishedRecordSchema,
    deadline: z.strictObject({ filedAt: isoDay, reportStart: isoDay }),
    exportedAt: instant,
    importedAt: instant,
    payloadText: z.string(),
    signature: signatureHex,
    flags: z.array(z.enum(INTAKE_FLAGS)),
    paperCheckedAt: instant.nullable(),
    forwardedBy: z.strictObject({ fingerprint: digestHex, name: z.string(), reason: z.string(), forwardedAt: instant }).nullable(),
  }),
});
export type ReceivedRecordRow = z.output<typeof receivedRecordKind.schema>;

// The key first seen for a handler (by name and work unit): trust on first use, changed only by a person.
export const handlerIdentityKind = storedKind({
  name: 'exchange-handler-identity',
  label: '承办人员的签名密钥',
  schema: z.strictObject({ name: z.string(), workUnit: z.string(), trustedKeyFingerprint: digestHex, since: instant }),
});
export type HandlerIdentityRow = z.output<typeof handlerIdentityKind.schema>;

// A receipt the handler imported and verified; the row id is `${recordId}-${version}`.
export const receiptKind = storedKind({
  name: 'exchange-receipt',
  label: '回执',
  schema: z.strictObject({ receipt: receiptPayloadSchema, bodyName: z.string(), importedAt: instant }),
});

// A calendar pack taken in through the exchange, with who vouched for it: the next pack for its years is judged
// against these (sequence per signer, conflicts between signers).
export const calendarPackProvenanceKind = storedKind({
  name: 'exchange-calendar-pack',
  label: '日历包来源',
  schema: z.strictObject({
    pack: z.record(z.string(), z.unknown()),
    signer: z.strictObject({ fingerprint: digestHex, name: z.string() }).nullable(),
    sequence: z.number().int().min(1).nullable(),
    importedAt: instant,
  }),
});

export const EXCHANGE_KINDS = [bodyKeysKind, handlerKeyKind, trustedBodyKind, receivedRecordKind, handlerIdentityKind, receiptKind, calendarPackProvenanceKind] as const;
