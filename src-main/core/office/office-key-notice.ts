import type { KeyNoticeWording } from '../exchange/key-notice.ts';

// The 领导小组办公室's key notice: the same page as a body's, addressed to the units' discipline bodies that seal
// their annual summaries (第八条) to this key.
export const OFFICE_KEY_NOTICE: KeyNoticeWording = {
  title: '领导小组办公室公钥通知',
  kindLabel: '类别',
  nameLabel: '名称',
  instructions: [
    '1. 本通知与公钥文件一并交给各单位纪检组织，用于加密报送年度汇总（第八条）。',
    '2. 在留痕中导入公钥文件时，程序会显示其指纹。请逐组核对程序显示的指纹与本页所印指纹完全一致（或扫描本页二维码），一致后再确认保存。',
    '3. 指纹不一致时不要使用该公钥文件，并当面告知领导小组办公室：文件可能被替换。',
    '4. 本页须加盖公章后方为有效。',
  ],
};
