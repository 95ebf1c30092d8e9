import { z } from 'zod';
import { strictObject } from './strict-object.ts';

// Facts and choices of the handler's unit, not of any one record: they decide where every record of the unit
// goes (第七条, 填表说明5), so they live with the installation's settings.
export const unitSettingsSchema = strictObject('本单位设置', {
  unitHasDisciplineBody: z.boolean({ error: '请说明本单位是否设有纪委（纪检组）' }),
  // Off unless the unit chooses it (absent is off, as in settings saved before the choice existed): 径报 sends a
  // 司局级 record straight to the stationed group.
  alsoReportBureauLevelToUnitBody: z
    .boolean({ error: '请说明涉及司局级领导干部时是否同时抄报本单位纪检组织' })
    .optional(),
});
export type UnitSettings = z.infer<typeof unitSettingsSchema>;

export const UNIT_SETTINGS_LABELS = {
  unitHasDisciplineBody: '本单位设有纪委（纪检组）',
  alsoReportBureauLevelToUnitBody: '涉及司局级领导干部时同时抄报本单位纪检组织',
} as const;
