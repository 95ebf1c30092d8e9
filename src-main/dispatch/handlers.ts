import { PASSIVE_CHANNELS, type Channel, type Handlers } from '../contract/index.ts';
import { aboutHandlers } from '../core/about/about-handlers.ts';
import { backupHandlers } from '../core/backup/backup-handlers.ts';
import { calendarHandlers } from '../core/calendar/calendar-handlers.ts';
import { exchangeHandlers } from '../core/exchange/exchange-handlers.ts';
import { caseworkHandlers } from '../core/casework/casework-handlers.ts';
import { officeHandlers } from '../core/office/office-handlers.ts';
import { printHandlers } from '../core/printing/print-handlers.ts';
import { profileHandlers } from '../core/profile/profile-handlers.ts';
import { recordHandlers } from '../core/records/record-handlers.ts';
import type { Services } from '../core/services.ts';
import { sessionHandlers } from '../core/session/session-handlers.ts';
import { staffHandlers } from '../core/staff/staff-handlers.ts';

// Channel → the service that answers it, each feature's handlers beside its service. Adding a channel to the
// contract without a handler fails the typecheck.
export function createHandlers(services: Services): Handlers {
  return {
    ...aboutHandlers(services.about),
    ...sessionHandlers(services.session, services.vault),
    ...backupHandlers(services.backup),
    ...profileHandlers(services.profile),
    ...calendarHandlers(services.calendar),
    ...recordHandlers(services.records),
    ...printHandlers(services.printing),
    ...exchangeHandlers(services),
    ...caseworkHandlers(services.casework),
    ...officeHandlers(services),
    ...staffHandlers(services.staff),
  };
}

// Before any request, a vault idle past its grace period is locked (so such a request finds it locked); otherwise
// a request the person makes counts as activity. Within the grace period requests are still served, so the
// page's last save lands, but they no longer revive the session.
export function noteActivity(services: Services, channel: Channel): void {
  if (PASSIVE_CHANNELS.includes(channel)) {
    services.vault.lockIfIdleAfterGrace();
    return;
  }
  if (!services.vault.lockIfIdleAfterGrace()) services.vault.touch();
}
