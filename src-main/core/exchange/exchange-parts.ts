import type { CalendarService } from '../calendar/calendar-service.ts';
import type { Clock, RandomBytes } from '../clock.ts';
import type { Dialogs } from '../dialogs.ts';
import type { RecordService } from '../records/record-service.ts';
import type { VaultService } from '../vault/vault-service.ts';
import type { ExchangeKeyService } from './exchange-key-service.ts';

// What the exchange services work with, built once by the composition root; each service takes the parts it uses.
export interface ExchangeParts {
  vault: VaultService;
  records: RecordService;
  keys: ExchangeKeyService;
  calendar: CalendarService;
  clock: Clock;
  random: RandomBytes;
  dialogs: Dialogs;
}
