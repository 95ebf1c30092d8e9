import { UserError } from '../../shared/errors.ts';
import { bodyIdentitySchema, type BodyIdentity } from '../../shared/exchange/exchange-body.ts';
import type { Checked } from '../../shared/exchange/exchange-problem.ts';
import { fingerprintMatches } from '../../shared/exchange/fingerprint-comparison.ts';
import { fromHex, toHex } from '../../shared/exchange/hex.ts';
import { SIGNED_FILE_MAX_BYTES } from '../../shared/exchange/exchange-limits.ts';
import type { Clock, RandomBytes } from '../clock.ts';
import { utf8 } from '../vault/bytes.ts';
import { loadSodium } from '../vault/sodium.ts';
import type { VaultService } from '../vault/vault-service.ts';
import { readExchangeFile } from './exchange-file-io.ts';
import { OWN_ROW, bodyKeysKind, handlerKeyKind, trustedBodyKind } from './exchange-kinds.ts';
import { bodyKeysFromSeeds, handlerKeyFromSeed, readPublicKeyFile, type BodyKeys, type HandlerKey, type TrustedBody } from './exchange-keys.ts';

const SEED_BYTES = 32;

export interface KeyFileView {
  body: BodyIdentity;
  fingerprint: string;
}

export function refused<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new UserError('EXCHANGE_FILE_REFUSED', checked.problem.message);
  return checked.value;
}

// The installation's own exchange keys and the key files it has checked against their printed notices. A body
// names itself and gets a key pair to receive and one to sign; a handler gets a signing key on first export.
export class ExchangeKeyService {
  private readonly vault: VaultService;
  private readonly random: RandomBytes;
  private readonly clock: Clock;

  constructor(vault: VaultService, random: RandomBytes, clock: Clock) {
    this.vault = vault;
    this.random = random;
    this.clock = clock;
  }

  async setUpBody(identity: BodyIdentity): Promise<KeyFileView> {
    const table = this.vault.table(bodyKeysKind);
    if (table.has(OWN_ROW)) throw new UserError('EXCHANGE_KEYS_EXIST');
    const row = { identity: bodyIdentitySchema.parse(identity), boxSeed: toHex(this.random(SEED_BYTES)), signSeed: toHex(this.random(SEED_BYTES)), createdAt: this.clock.now().toISOString() };
    this.vault.change({ action: 'exchangeKeysCreated' }, () => table.put(OWN_ROW, row));
    const keys = await this.bodyKeys();
    return { body: keys.identity, fingerprint: keys.fingerprint };
  }

  hasBodyKeys(): boolean {
    return this.vault.table(bodyKeysKind).has(OWN_ROW);
  }

  async bodyKeys(): Promise<BodyKeys> {
    const row = this.vault.table(bodyKeysKind).get(OWN_ROW);
    if (!row) throw new UserError('EXCHANGE_KEYS_MISSING');
    return bodyKeysFromSeeds(await loadSodium(), row.identity, fromHex(row.boxSeed), fromHex(row.signSeed));
  }

  // Made on the first export, so a handler who never exports has no key to look after.
  async handlerKey(): Promise<HandlerKey> {
    const table = this.vault.table(handlerKeyKind);
    let row = table.get(OWN_ROW);
    if (!row) {
      const created = { signSeed: toHex(this.random(SEED_BYTES)), createdAt: this.clock.now().toISOString() };
      this.vault.change({ action: 'exchangeKeysCreated' }, () => table.put(OWN_ROW, created));
      row = created;
    }
    return handlerKeyFromSeed(await loadSodium(), fromHex(row.signSeed));
  }

  async readKeyFile(path: string): Promise<TrustedBody> {
    const bytes = refused(await readExchangeFile(path, SIGNED_FILE_MAX_BYTES));
    return refused(readPublicKeyFile(await loadSodium(), bytes));
  }

  // Kept only when the fingerprint the person typed or scanned from the sealed notice is exactly the file's.
  async trustKeyFile(path: string, typedFingerprint: string): Promise<KeyFileView> {
    const body = await this.readKeyFile(path);
    if (!fingerprintMatches(typedFingerprint, body.fingerprint)) throw new UserError('KEY_FINGERPRINT_MISMATCH');
    this.vault.change({ action: 'keyFileTrusted', note: `${body.file.body.unit}${body.file.body.name}` }, () =>
      this.vault.table(trustedBodyKind).put(body.fingerprint, { keyFileText: body.keyFileText, checkedAt: this.clock.now().toISOString() }),
    );
    return { body: body.file.body, fingerprint: body.fingerprint };
  }

  async trustedBodies(): Promise<TrustedBody[]> {
    const sodium = await loadSodium();
    return this.vault
      .table(trustedBodyKind)
      .list()
      .flatMap(({ value }) => {
        const read = readPublicKeyFile(sodium, utf8(value.keyFileText));
        return read.ok ? [read.value] : [];
      });
  }

  async bodyLookup(): Promise<(fingerprint: string) => TrustedBody | undefined> {
    const bodies = await this.trustedBodies();
    return (fingerprint) => bodies.find((body) => body.fingerprint === fingerprint);
  }
}
