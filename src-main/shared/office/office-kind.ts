import { BODY_KINDS } from '../exchange/exchange-body.ts';

// 第八条: the 部党风廉政建设责任制领导小组办公室, the kind of body the office's key file names. Bodies tell its key
// from their peers' by it, and the office tells the units it expects from itself.
export const OFFICE_BODY_KIND = BODY_KINDS[3];
