// 编号: the record id in groups of four, so a person can read it aloud and compare it by eye (on paper, in
// messages that name a record).
export function formatRecordNumber(recordId: string): string {
  return (recordId.match(/.{1,4}/g) ?? []).join('-');
}
