// What an unsigned calendar pack risks, said before it is imported: the person confirms having read it, and main
// refuses the import without that confirmation.
export const UNSIGNED_PACK_RISK =
  '该日历包没有纪检组织的签名，无法确认它来自国务院办公厅的通知：节假日有误会使5个工作日的期限算错。只有在核对过通知原文后才应导入。';
