import { profileSettingsSchema, type ProfileSettings } from '../../shared/form/handler-profile.ts';
import { unitSettingsSchema, type UnitSettings } from '../../shared/form/unit-settings.ts';
import type { VaultService } from '../vault/vault-service.ts';

const PROFILE_SLOT = 'profile';
const UNIT_SLOT = 'unit';

export interface ProfileView {
  profile: ProfileSettings | null;
  unit: UnitSettings | null;
}

// 承办人员基本情况 and the unit's facts, kept encrypted in the vault; new records copy the profile.
export function readProfile(vault: VaultService): ProfileView {
  return {
    profile: vault.readSingleton(PROFILE_SLOT, profileSettingsSchema) ?? null,
    unit: vault.readSingleton(UNIT_SLOT, unitSettingsSchema) ?? null,
  };
}

// The unit's facts alone: what every assessment reads, so a damaged profile row does not stop the records list.
export function readUnit(vault: VaultService): UnitSettings | null {
  return vault.readSingleton(UNIT_SLOT, unitSettingsSchema) ?? null;
}

export function saveProfile(vault: VaultService, profile: ProfileSettings, unit: UnitSettings): ProfileView {
  vault.writeSingletons({ [PROFILE_SLOT]: profile, [UNIT_SLOT]: unit }, 'profileSaved');
  return readProfile(vault);
}

// First-run setup ends with the profile saved; until then the app keeps showing the setup steps. Known from
// the rows' presence, without decrypting them: a damaged profile is reported when it is read, and must not make
// an unlock that succeeded answer as if it had failed.
export function isSetupComplete(vault: VaultService): boolean {
  return vault.hasSingleton(PROFILE_SLOT) && vault.hasSingleton(UNIT_SLOT);
}
