import { caseFileSchema } from '../../shared/casework/case-file.ts';
import { caseworkSettingsSchema } from '../../shared/casework/casework-settings.ts';
import { storedKind } from '../vault/stored-kind.ts';

// One row per received record, its id the record's id.
export const caseFileKind = storedKind({ name: 'case-files', label: '案卷', schema: caseFileSchema });

// One row, SETTINGS_ROW_ID: the body's list of disposition steps and its reminder period.
export const caseworkSettingsKind = storedKind({ name: 'casework-settings', label: '案件办理设置', schema: caseworkSettingsSchema });
