import type { ProfileSettings } from '../../shared/form/handler-profile.ts';
import type { UnitSettings } from '../../shared/form/unit-settings.ts';
import type { VaultService } from '../vault/vault-service.ts';
import { isSetupComplete, readProfile, saveProfile, type ProfileView } from './profile-store.ts';

// 承办人员基本情况 and the unit's facts as the settings page and setup read and save them.
export class ProfileService {
  private readonly vault: VaultService;

  constructor(vault: VaultService) {
    this.vault = vault;
  }

  get(): ProfileView {
    return readProfile(this.vault);
  }

  save(profile: ProfileSettings, unit: UnitSettings): ProfileView {
    return saveProfile(this.vault, profile, unit);
  }

  isSetupComplete(): boolean {
    return isSetupComplete(this.vault);
  }
}
