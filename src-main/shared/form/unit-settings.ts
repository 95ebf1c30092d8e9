import { z } from 'zod';
import { strictObject } from './strict-object.ts';

// A fact about the handler's unit, not about any one record: whether it has its own 纪委（纪检组）. It decides
// where every record of the unit goes (第七条, 填表说明5), so it lives with the installation's settings.
export const unitSettingsSchema = strictObject('本单位设置', {
  unitHasDisciplineBody: z.boolean({ error: '请说明本单位是否设有纪委（纪检组）' }),
});
export type UnitSettings = z.infer<typeof unitSettingsSchema>;

export const UNIT_SETTINGS_LABELS = {
  unitHasDisciplineBody: '本单位设有纪委（纪检组）',
} as const;
