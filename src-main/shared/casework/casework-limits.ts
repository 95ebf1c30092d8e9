// Upper bounds on what the discipline body writes about a record, in characters (Unicode code points, after NFC).
export const ASSESSMENT_REASONS_MAX_CHARS = 2000;
export const OUTCOME_NOTE_MAX_CHARS = 2000;
export const STEP_WHAT_MAX_CHARS = 1000;
export const STEP_NOTES_MAX_CHARS = 1000;
export const STEP_LABEL_MAX_CHARS = 30;
export const CHANGE_REASON_MAX_CHARS = 500;
export const JURISDICTION_REASON_MAX_CHARS = 1000;
export const FINDING_FACTS_MAX_CHARS = 5000;
export const RECORD_ID_MAX_CHARS = 64;
// A body sets up a handful of steps; the bound keeps a damaged settings row from becoming a huge menu.
export const STEP_KINDS_MAX_COUNT = 30;
