// Upper bounds on what one 记录表 may hold, in characters (Unicode code points, after NFC) or in rows. They are
// generous for the printed form's short cells and bound only the long narrative cells, so a record always prints.
export const PERSON_NAME_MAX_CHARS = 50;
export const UNIT_NAME_MAX_CHARS = 100;
export const POST_TITLE_MAX_CHARS = 100;
export const DUTY_SCOPE_MAX_CHARS = 1000;
export const MATTER_NAME_MAX_CHARS = 200;
export const METHOD_NOTE_MAX_CHARS = 50;
export const CONTENT_MAX_CHARS = 5000;
export const HANDLING_MAX_CHARS = 2000;
export const AMENDMENT_REASON_MAX_CHARS = 1000;
export const LATE_NOTE_MAX_CHARS = 500;
export const ENTRIES_MAX_COUNT = 50;
