import { UserError } from '../../shared/errors.ts';
import { bodyIdentitySchema, type BodyIdentity } from '../../shared/exchange/exchange-body.ts';
import type { Checked } from '../../shared/exchange/exchange-problem.ts';
import { fingerprintMatches } from '../../shared/exchange/fingerprint-comparison.ts';
import { parsePublicKeyFile } from '../../shared/exchange/public-key-file.ts';
import { fromHex, toHex } from '../../shared/exchange/hex.ts';
import { SIGNED_FILE_MAX_BYTES } from '../../shared/exchange/exchange-limits.ts';
import type { Clock, RandomBytes } from '../clock.ts';
import type { Dialogs } from '../dialogs.ts';
import type { PdfRenderer } from '../pdf/pdf-renderer.ts';
import type { Printer } from '../printer.ts';
import { utf8 } from '../vault/bytes.ts';
import { loadSodium } from '../vault/sodium.ts';
import type { VaultService } from '../vault/vault-service.ts';
import { writeFile } from 'node:fs/promises';
import { readExchangeFile } from './exchange-file-io.ts';
import { keyNoticeDocument } from './key-notice.ts';
import { OWN_ROW, bodyKeysKind, handlerKeyKind, trustedBodyKind } from './exchange-kinds.ts';
import { bodyKeysFromSeeds, handlerKeyFromSeed, readPublicKeyFile, type BodyKeys, type HandlerKey, type TrustedBody } from './exchange-keys.ts';

const SEED_BYTES = 32;
const KEY_FILE_FILTERS = [{ name: '留痕公钥文件', extensions: ['json'] }];

export interface KeyServiceParts {
  vault: VaultService;
  random: RandomBytes;
  clock: Clock;
  dialogs: Dialogs;
  renderer: PdfRenderer;
  printer: Printer;
}

export interface TrustedBodyView extends KeyFileView {
  checkedAt: string;
}

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
  private readonly parts: KeyServiceParts;
  // The key file the person chose and is now comparing with its printed notice; kept only until confirmed.
  private chosenKeyFile: string | undefined;

  constructor(parts: KeyServiceParts) {
    this.vault = parts.vault;
    this.random = parts.random;
    this.clock = parts.clock;
    this.parts = parts;
  }

  // Shown for comparison with the printed notice; nothing is kept yet.
  async chooseKeyFile(): Promise<KeyFileView | null> {
    const path = await this.parts.dialogs.chooseOpenPath({ title: '选择纪检组织的公钥文件', filters: KEY_FILE_FILTERS });
    if (path === undefined) return null;
    const body = await this.readKeyFile(path);
    this.chosenKeyFile = path;
    return { body: body.file.body, fingerprint: body.fingerprint };
  }

  async trustChosenKeyFile(typedFingerprint: string): Promise<KeyFileView> {
    if (this.chosenKeyFile === undefined) throw new UserError('FILE_UNREADABLE', '请先选择公钥文件。');
    const trusted = await this.trustKeyFile(this.chosenKeyFile, typedFingerprint);
    this.chosenKeyFile = undefined;
    return trusted;
  }

  async ownBody(): Promise<KeyFileView | null> {
    if (!this.hasBodyKeys()) return null;
    const keys = await this.bodyKeys();
    return { body: keys.identity, fingerprint: keys.fingerprint };
  }

  async saveKeyFile(): Promise<string | undefined> {
    const keys = await this.bodyKeys();
    const path = await this.parts.dialogs.chooseSavePath({ title: '保存本纪检组织的公钥文件', defaultName: 'liuhen-public-key.json', filters: KEY_FILE_FILTERS });
    if (path === undefined) return undefined;
    try {
      await writeFile(path, keys.keyFileText);
    } catch {
      throw new UserError('FILE_UNREADABLE', '无法写入公钥文件，请确认所选位置可写入。');
    }
    return path;
  }

  async printKeyNotice(): Promise<void> {
    const keys = await this.bodyKeys();
    const pdf = await this.parts.renderer.render(keyNoticeDocument({ body: keys.identity, fingerprint: keys.fingerprint, printedAt: this.clock.now() }));
    await this.parts.printer.showPrintPreview(pdf.bytes, '纪检组织公钥通知');
  }

  trustedBodyViews(): TrustedBodyView[] {
    return this.vault
      .table(trustedBodyKind)
      .list()
      .flatMap(({ id, value }) => {
        const file = parsePublicKeyFile(utf8(value.keyFileText));
        return file.ok ? [{ body: file.value.body, fingerprint: id, checkedAt: value.checkedAt }] : [];
      });
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

  // Made on the first export or print (the form's footer shows it), so a handler who does neither has no key to
  // look after.
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
