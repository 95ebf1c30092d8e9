import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sealSummary } from '../../../src-main/core/exchange/summary-file.ts';
import { bodyKeysFromSeeds, trustedBodyOf } from '../../../src-main/core/exchange/exchange-keys.ts';
import { loadSodium } from '../../../src-main/core/vault/sodium.ts';
import { toHex } from '../../../src-main/shared/exchange/hex.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { bodyInstallation, entry, keyInPaper, officeInstallation, trust } from './support/office-fixtures.ts';

// Debian's python3 with python3-nacl: a reader that shares no code with the app (docs/exchange-format.md).
const PYTHON = '/usr/bin/python3';
const READER = fileURLToPath(new URL('../../../scripts/exchange-reader.py', import.meta.url));

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('liuhen-summary-reader-');
});
afterEach(() => temp.remove());

describe('the sealed summary file read by the independent Python reader', () => {
  it('opens, verifies the unit’s signature and reads the same figures and record numbers the app sealed', async () => {
    const keys = join(temp.path, 'keys');
    mkdirSync(keys, { recursive: true });
    const office = await officeInstallation(join(temp.path, 'office'), keys);
    const unit = await bodyInstallation(join(temp.path, 'unit'), keys, { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' });
    await trust(unit, office);
    await keyInPaper(unit, '2026-10-09', [entry('construction', 'bidding', 'phone'), entry('personnel', 'cadreSelection', 'sms')]);
    const summary = unit.services.casework.summary({ year: 2026, bodyName: '某省通信管理局纪检组', includeNames: false });

    const sodium = await loadSodium();
    const officeKeys = await office.services.exchangeKeys.bodyKeys();
    const sealed = sealSummary(sodium, await unit.services.exchangeKeys.bodyKeys(), {
      summary,
      includesNames: false,
      issuedAt: new Date('2027-01-11T01:00:00.000Z'),
      to: trustedBodyOf(officeKeys),
    });
    const file = join(temp.path, 'summary.liuhen');
    const secret = join(temp.path, 'office.secret.json');
    writeFileSync(file, sealed);
    writeFileSync(secret, JSON.stringify({ boxSecretKey: toHex(officeKeys.boxSecretKey) }));

    const read = JSON.parse(execFileSync(PYTHON, [READER, 'summary', office.keyFile, secret, unit.keyFile, file], { encoding: 'utf8' })) as Record<string, unknown>;
    expect(read).toEqual({
      unit: unit.fingerprint,
      year: 2026,
      zeroReport: false,
      recordCount: 1,
      entryCount: 2,
      recordNumbers: summary.records.map((row) => row.recordNumber),
      issuedAt: '2027-01-11T01:00:00.000Z',
      summaryFileDigest: toHex(sodium.crypto_generichash(32, sealed, null)),
    });

    // Another unit's key does not verify it.
    const stranger = bodyKeysFromSeeds(sodium, { kind: '单位纪检组织', unit: '某局', name: '纪检组' }, new Uint8Array(32).fill(7), new Uint8Array(32).fill(8));
    const strangerKey = join(temp.path, 'stranger.key.json');
    writeFileSync(strangerKey, stranger.keyFileText);
    expect(() => execFileSync(PYTHON, [READER, 'summary', office.keyFile, secret, strangerKey, file], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/another unit/);
  });
});
