import { z } from 'zod';
import { handlerProfileSchema } from '../shared/form/handler-profile.ts';
import { unitSettingsSchema } from '../shared/form/unit-settings.ts';

export const profileView = z.object({
  profile: handlerProfileSchema.nullable(),
  unit: unitSettingsSchema.nullable(),
});

export const profileSaveInput = z.object({ profile: handlerProfileSchema, unit: unitSettingsSchema }).strict();
