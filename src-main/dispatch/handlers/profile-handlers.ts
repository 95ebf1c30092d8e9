import { readProfile, saveProfile } from '../../core/profile/profile-store.ts';
import type { Services } from '../../core/services.ts';
import type { Handlers } from '../handlers.ts';

export function profileHandlers({ vault }: Services): Pick<Handlers, 'profile.get' | 'profile.save'> {
  return {
    'profile.get': () => readProfile(vault),
    'profile.save': ({ profile, unit }) => saveProfile(vault, profile, unit),
  };
}
