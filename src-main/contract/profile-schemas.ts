import { z } from 'zod';
import { profileSettingsSchema } from '../shared/form/handler-profile.ts';
import { unitSettingsSchema } from '../shared/form/unit-settings.ts';

export const profileView = z.object({
  profile: profileSettingsSchema.nullable(),
  unit: unitSettingsSchema.nullable(),
});

export const profileSaveInput = z.object({ profile: profileSettingsSchema, unit: unitSettingsSchema }).strict();
