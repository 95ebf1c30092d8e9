import { writeFile } from 'node:fs/promises';
import { parseCalendarPack, CALENDAR_PACK_FORMAT } from '../../shared/calendar/calendar-pack.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import { UserError } from '../../shared/errors.ts';
import { SIGNED_FILE_MAX_BYTES } from '../../shared/exchange/exchange-limits.ts';
import type { CalendarCoverage } from '../calendar/calendar-service.ts';
import { loadSodium } from '../vault/sodium.ts';
import { decideCalendarPack, type PackWithProvenance } from './calendar-pack-decision.ts';
import { readExchangeFile } from './exchange-file-io.ts';
import { refused } from './exchange-key-service.ts';
import { calendarPackProvenanceKind } from './exchange-kinds.ts';
import { digestHexOf } from './exchange-keys.ts';
import { readSignedCalendarPack, signCalendarPack } from './signed-calendar-pack.ts';
import type { ExchangeParts } from './exchange-parts.ts';

const SIGNED_PACK_FILTERS = [{ name: '签名日历包', extensions: ['json'] }];

// Next year's holidays reach a handler's machine only as packs; one signed by a body whose key the handler
// checked is taken in one step, unless another signer's pack for the same year disagrees (both are named) or it
// is older than the one already taken from the same signer.
export class SignedCalendarService {
  private readonly parts: Pick<ExchangeParts, 'vault' | 'keys' | 'calendar' | 'clock' | 'dialogs'>;

  constructor(parts: Pick<ExchangeParts, 'vault' | 'keys' | 'calendar' | 'clock' | 'dialogs'>) {
    this.parts = parts;
  }

  // The body's side: an unsigned pack, checked as an import would check it, signed with the body's key and the
  // sequence number the body gives it (a corrected pack for the same year needs a higher one), saved where the
  // body chooses, to hand out with its key file.
  async signChosen(sequence: number): Promise<string | undefined> {
    const keys = await this.parts.keys.bodyKeys();
    const pack = await this.parts.calendar.choosePackFile();
    if (pack === undefined) return undefined;
    const path = await this.parts.dialogs.chooseSavePath({
      title: '保存签名日历包',
      defaultName: `liuhen-calendar-${pack.years.join('-')}-${sequence}.json`,
      filters: SIGNED_PACK_FILTERS,
    });
    if (path === undefined) return undefined;
    const signed = signCalendarPack(await loadSodium(), keys, { format: CALENDAR_PACK_FORMAT, ...pack }, sequence, this.parts.clock.now());
    try {
      await writeFile(path, signed);
    } catch {
      throw new UserError('FILE_UNREADABLE', '无法写入签名日历包，请确认所选位置可写入。');
    }
    this.parts.vault.recordAction('calendarPackSigned', undefined, `${pack.title}，序号${sequence}`);
    return path;
  }

  async importChosen(): Promise<CalendarCoverage | undefined> {
    const path = await this.parts.dialogs.chooseOpenPath({ title: '选择纪检组织签名的日历包', filters: SIGNED_PACK_FILTERS });
    return path === undefined ? undefined : this.importSigned(path);
  }

  // An unsigned pack is taken only after the person confirmed its risk, and never over a signed pack for the same
  // year that says otherwise.
  async importUnsignedChosen(acceptUnsignedRisk: boolean): Promise<CalendarCoverage | undefined> {
    if (!acceptUnsignedRisk) throw new UserError('CALENDAR_PACK_UNSIGNED');
    const pack = await this.parts.calendar.choosePackFile();
    if (pack === undefined) return undefined;
    const decision = decideCalendarPack({ pack, signer: null, sequence: null }, this.held(), true);
    if (!decision.accept) throw new UserError('EXCHANGE_FILE_REFUSED', decision.needsConfirmation ? decision.risk : decision.message);
    return this.parts.calendar.addPack(pack);
  }

  async importSigned(path: string): Promise<CalendarCoverage> {
    const bytes = refused(await readExchangeFile(path, SIGNED_FILE_MAX_BYTES));
    const signed = refused(readSignedCalendarPack(await loadSodium(), bytes, await this.parts.keys.bodyLookup()));
    const body = signed.signer.file.body;
    const signer = { fingerprint: signed.signer.fingerprint, name: `${body.unit}${body.name}` };
    const incoming: PackWithProvenance = { pack: signed.pack, signer, sequence: signed.sequence };
    const decision = decideCalendarPack(incoming, this.held(), false);
    if (!decision.accept) {
      throw new UserError('EXCHANGE_FILE_REFUSED', decision.needsConfirmation ? decision.risk : decision.message);
    }
    // The calendar first: should the app stop in between, the pack is in force and may simply be imported again.
    const coverage = this.parts.calendar.addPack(signed.pack);
    const { formatVersion, ...rest } = signed.pack;
    const row = { pack: { format: CALENDAR_PACK_FORMAT, formatVersion, ...rest }, signer, sequence: signed.sequence, importedAt: this.parts.clock.now().toISOString() };
    const id = digestHexOf(await loadSodium(), new TextEncoder().encode(canonicalJson(row.pack))).slice(0, 32);
    this.parts.vault.change({ action: 'settingsChanged', note: `签名日历包：${signer.name}，序号${signed.sequence}` }, () =>
      this.parts.vault.table(calendarPackProvenanceKind).put(`${id}-${signed.sequence}`, row),
    );
    return coverage;
  }

  private held(): PackWithProvenance[] {
    return this.parts.vault
      .table(calendarPackProvenanceKind)
      .list()
      .flatMap(({ value }) => {
        const pack = parseCalendarPack(canonicalJson(value.pack));
        return pack.ok ? [{ pack: pack.pack, signer: value.signer, sequence: value.sequence }] : [];
      });
  }
}
