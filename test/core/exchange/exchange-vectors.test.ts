import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBodyKeys, generateHandlerKey, trustedBodyOf } from '../../../src-main/core/exchange/exchange-keys.ts';
import { openRecordFile } from '../../../src-main/core/exchange/record-file.ts';
import { recordFingerprint } from '../../../src-main/core/records/record-fingerprint.ts';
import { sealRecord } from '../../../src-main/core/exchange/record-file.ts';
import { toHex } from '../../../src-main/shared/exchange/hex.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { RECORD_ID, finalRecord, sodium, unitBodyKeys, UNIT_BODY } from './support/exchange-fixtures.ts';
import { CALENDAR_VECTOR, FORWARD_REASON, FORWARD_VECTOR, RECEIPT_VECTOR, RECORD_VECTOR, derivedVectors, vectorPath } from './support/exchange-vectors.ts';

// Debian's python3 with python3-nacl (installed by .ci/run): a reader that shares no code with the app.
const PYTHON = '/usr/bin/python3';
const READER = fileURLToPath(new URL('../../../scripts/exchange-reader.py', import.meta.url));

function reader(...args: string[]): Record<string, unknown> {
  return JSON.parse(execFileSync(PYTHON, [READER, ...args], { encoding: 'utf8' })) as Record<string, unknown>;
}

const expected = JSON.parse(readFileSync(vectorPath('expected.json'), 'utf8')) as Record<string, unknown>;
const recordVector = new Uint8Array(readFileSync(vectorPath(RECORD_VECTOR)));

describe('the committed exchange vectors', () => {
  it('still open in the app with the expected record, fingerprints and digest', () => {
    const opened = openRecordFile(sodium, recordVector, unitBodyKeys());
    if (!opened.ok) throw new Error(opened.problem.message);
    expect(opened.value).toMatchObject({
      recordId: expected['recordId'],
      version: expected['version'],
      fingerprint: expected['recordFingerprint'],
      fileDigest: expected['recordFileDigest'],
      senderKeyFingerprint: expected['handlerKeyFingerprint'],
      exportedAt: expected['exportedAt'],
    });
  });

  it('are reproduced byte for byte wherever the format is deterministic (keys, receipt, signed pack)', () => {
    for (const [name, text] of Object.entries(derivedVectors(recordVector))) {
      expect(readFileSync(vectorPath(name), 'utf8'), name).toBe(text);
    }
  });
});

describe('the independent Python reader', () => {
  const unitKey = vectorPath('unit-body.key.json');

  it('opens and verifies the record vector', () => {
    expect(reader('record', unitKey, vectorPath('unit-body.secret.json'), vectorPath(RECORD_VECTOR))).toMatchObject({
      recordId: expected['recordId'],
      recordFingerprint: expected['recordFingerprint'],
      handlerKeyFingerprint: expected['handlerKeyFingerprint'],
      recordFileDigest: expected['recordFileDigest'],
    });
  });

  it('verifies both signatures of the forward vector', () => {
    const args = [vectorPath('stationed-group.key.json'), vectorPath('stationed-group.secret.json'), unitKey, vectorPath(FORWARD_VECTOR)];
    expect(reader('forward', ...args)).toMatchObject({
      recordFingerprint: expected['recordFingerprint'],
      forwarder: expected['unitBodyKeyFingerprint'],
      reason: FORWARD_REASON,
    });
  });

  it('verifies the receipt and the signed calendar pack', () => {
    expect(reader('receipt', unitKey, vectorPath(RECEIPT_VECTOR))).toMatchObject({ fileDigest: expected['recordFileDigest'] });
    expect(reader('calendar', unitKey, vectorPath(CALENDAR_VECTOR))).toEqual({ years: [2027], sequence: 1, signer: expected['unitBodyKeyFingerprint'] });
  });

  describe('on a file the app writes now, with fresh keys', () => {
    const dir = makeTempDir();
    afterAll(dir.remove);
    const random = (length: number) => sodium.randombytes_buf(length);
    const body = generateBodyKeys(sodium, UNIT_BODY, random);
    const record = finalRecord();
    const file = sealRecord(sodium, {
      recordId: RECORD_ID,
      record,
      fingerprint: recordFingerprint(RECORD_ID, record),
      exportedAt: new Date(),
      handlerKey: generateHandlerKey(sodium, random),
      recipient: trustedBodyOf(body),
    });
    const paths = { key: join(dir.path, 'body.key.json'), secret: join(dir.path, 'body.secret.json'), file: join(dir.path, 'record.liuhen') };
    writeFileSync(paths.key, body.keyFileText);
    writeFileSync(paths.secret, JSON.stringify({ boxSecretKey: toHex(body.boxSecretKey) }));
    writeFileSync(paths.file, file);

    it('agrees with the app on the record and its fingerprint', () => {
      expect(reader('record', paths.key, paths.secret, paths.file)).toMatchObject({
        recordId: RECORD_ID,
        recordFingerprint: recordFingerprint(RECORD_ID, record),
      });
    });

    it('refuses it once a bit is flipped', () => {
      const flipped = new Uint8Array(file);
      flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 0x80;
      writeFileSync(paths.file, flipped);
      const run = spawnSync(PYTHON, [READER, 'record', paths.key, paths.secret, paths.file], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('sealed box does not open');
    });
  });
});
