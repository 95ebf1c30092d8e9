// What a person reads next to a date the app could only estimate.
export function estimateExplanation(years: readonly number[]): string {
  const named = years.map((year) => `${year}年`).join('、');
  return (
    `${named}的国务院节假日安排尚未载入本程序。涉及该年的日期是按周末和《全国年节及纪念日放假办法》` +
    '（2024年修订）规定的全体公民放假日推算的，未计入补假和调休，可能与实际安排不同，仅供参考。' +
    '国务院办公厅公布该年节假日安排后，请导入包含该年安排的日历包（格式见《日历包格式说明》），即可得到准确日期。'
  );
}
