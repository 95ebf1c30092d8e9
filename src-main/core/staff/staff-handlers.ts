import type { FeatureHandlers } from '../../contract/handlers.ts';
import type { StaffService } from './staff-service.ts';

type StaffChannels = 'staff.list' | 'staff.registerFirst' | 'staff.add' | 'staff.remove';

export function staffHandlers(staff: StaffService): FeatureHandlers<StaffChannels> {
  return {
    'staff.list': () => staff.list(),
    'staff.registerFirst': ({ member }) => staff.registerFirst(member),
    'staff.add': ({ member, passphrase }) => staff.add(member, passphrase),
    'staff.remove': ({ id }) => staff.remove(id),
  };
}
