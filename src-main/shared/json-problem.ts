// V8 says, in English and in one of a few shapes, where the text stopped being JSON; the place is worth passing
// on, the wording is not.
export function jsonProblem(error: unknown, what = '文件'): string {
  const detail = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  const token = /Unexpected token '(.+?)'/.exec(detail);
  const place = lineColumn
    ? `（第${lineColumn[1]}行第${lineColumn[2]}列附近）`
    : token
      ? `（在“${token[1]}”处）`
      : detail.includes('Unexpected end of JSON input')
        ? '（内容不完整）'
        : '';
  return `${what}不是有效的 JSON 文本${place}，无法读取`;
}
