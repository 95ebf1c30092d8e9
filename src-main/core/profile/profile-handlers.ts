import type { FeatureHandlers } from '../../contract/handlers.ts';
import type { ProfileService } from './profile-service.ts';

export function profileHandlers(profile: ProfileService): FeatureHandlers<'profile.get' | 'profile.save'> {
  return {
    'profile.get': () => profile.get(),
    'profile.save': ({ profile: person, unit }) => profile.save(person, unit),
  };
}
