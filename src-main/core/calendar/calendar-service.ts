import { z } from 'zod';
import { applyCalendarPacks } from '../../shared/calendar/apply-calendar-packs.ts';
import { builtInCalendar } from './built-in-calendar.ts';
import type { Calendar } from '../../shared/calendar/calendar.ts';
import { loadCalendarPackFile } from './calendar-pack-file.ts';
import { CALENDAR_PACK_FORMAT, parseCalendarPack, type CalendarPack } from '../../shared/calendar/calendar-pack.ts';
import { DATE_YEAR_MAX, DATE_YEAR_MIN } from '../../shared/form/date-fields.ts';
import { UserError } from '../../shared/errors.ts';
import type { Dialogs } from '../dialogs.ts';
import type { VaultService } from '../vault/vault-service.ts';

const PACKS_SLOT = 'calendar-packs';
const PACK_FILTERS = [{ name: '日历数据包', extensions: ['json'] }];
// Stored as the packs' JSON and parsed again on every read, with the same validation as an import.
const storedPacksSchema = z.array(z.unknown());

export interface CalendarCoverage {
  builtInYears: number[];
  importedYears: number[];
  importedTitles: string[];
}

// The working-day calendar: chinese-days' built-in years overlaid with packs the person imported. The packs are
// kept in the vault, since which packs were loaded is part of how each deadline was computed.
export class CalendarService {
  private readonly vault: VaultService;
  private readonly dialogs: Dialogs;
  private readonly builtIn = builtInCalendar();

  constructor(vault: VaultService, dialogs: Dialogs) {
    this.vault = vault;
    this.dialogs = dialogs;
  }

  calendar(): Calendar {
    return applyCalendarPacks(this.builtIn, this.packs());
  }

  coverage(): CalendarCoverage {
    const packs = this.packs();
    return {
      builtInYears: yearsWhere((year) => this.builtIn.coverage(year) === 'builtIn'),
      importedYears: [...new Set(packs.flatMap((pack) => pack.years))].sort((a, b) => a - b),
      importedTitles: packs.map((pack) => pack.title),
    };
  }

  // The person chooses an unsigned pack file; cancelling the dialog is no error. A malformed pack is refused
  // whole, with every problem named.
  async choosePackFile(): Promise<CalendarPack | undefined> {
    const path = await this.dialogs.chooseOpenPath({ title: '选择日历数据包', filters: PACK_FILTERS });
    if (!path) return undefined;
    const result = await loadCalendarPackFile(path);
    if (!result.ok) throw new UserError('CALENDAR_PACK_INVALID', result.message);
    return result.pack;
  }

  // A pack already checked (a file's content, or a pack whose signature the exchange verified) replaces any
  // pack for the same years.
  addPack(added: CalendarPack): CalendarCoverage {
    const kept = this.packs().filter((pack) => pack.years.join(',') !== added.years.join(','));
    this.vault.writeSingletons({ [PACKS_SLOT]: [...kept, added] }, 'settingsChanged');
    return this.coverage();
  }

  private packs(): CalendarPack[] {
    const stored = this.vault.readSingleton(PACKS_SLOT, storedPacksSchema) ?? [];
    return stored.flatMap((pack) => {
      const parsed = parseCalendarPack(JSON.stringify({ format: CALENDAR_PACK_FORMAT, ...(pack as object) }));
      return parsed.ok ? [parsed.pack] : [];
    });
  }
}

function yearsWhere(test: (year: number) => boolean): number[] {
  const years: number[] = [];
  for (let year = DATE_YEAR_MIN; year <= DATE_YEAR_MAX; year += 1) if (test(year)) years.push(year);
  return years;
}
