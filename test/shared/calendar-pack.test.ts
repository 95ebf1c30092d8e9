import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCalendarPacks } from '../../src-main/shared/calendar/apply-calendar-packs.ts';
import { builtInCalendar } from '../../src-main/core/calendar/built-in-calendar.ts';
import { loadCalendarPackFile } from '../../src-main/core/calendar/calendar-pack-file.ts';
import {
  CALENDAR_PACK_MAX_BYTES,
  parseCalendarPack,
  type CalendarPack,
  type CalendarPackResult,
} from '../../src-main/shared/calendar/calendar-pack.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const EXAMPLE_PATH = new URL('../../docs/examples/calendar-pack-2027.json', import.meta.url);
const EXAMPLE_TEXT = readFileSync(EXAMPLE_PATH, 'utf8');
const REFUSAL_HEADLINE = /^日历包有\d+处问题，未导入，当前日历未作任何改动：\n/;

function examplePack(): Record<string, unknown> {
  return JSON.parse(EXAMPLE_TEXT) as Record<string, unknown>;
}

function packWith(change: (pack: Record<string, unknown>) => void): string {
  const pack = examplePack();
  change(pack);
  return JSON.stringify(pack);
}

function problemsOf(result: CalendarPackResult): string[] {
  if (result.ok) throw new Error('expected the pack to be refused');
  expect(result.message).toMatch(REFUSAL_HEADLINE);
  expect(result.message).toBe([`日历包有${result.problems.length}处问题，未导入，当前日历未作任何改动：`, ...result.problems].join('\n'));
  return result.problems;
}

function packOf(result: CalendarPackResult): CalendarPack {
  if (!result.ok) throw new Error(result.message);
  return result.pack;
}

describe('the example pack in docs/', () => {
  it('parses, and says plainly that it is an example', () => {
    const pack = packOf(parseCalendarPack(EXAMPLE_TEXT));
    expect(pack.formatVersion).toBe(1);
    expect(pack.years).toEqual([2027]);
    expect(pack.title).toContain('示例');
    expect(pack.source).toContain('并非国务院办公厅发布');
    expect(pack.holidays).toHaveLength(29);
    expect(pack.adjustedWorkdays.map(({ date }) => date)).toEqual([
      '2027-01-31',
      '2027-02-20',
      '2027-04-25',
      '2027-09-26',
      '2027-10-09',
    ]);
  });

  it('tolerates a byte-order mark', () => {
    expect(parseCalendarPack(`\uFEFF${EXAMPLE_TEXT}`).ok).toBe(true);
  });
});

describe('a malformed pack is refused with a precise Chinese reason', () => {
  it.each([
    ['text that is not JSON', 'BEGIN:VCALENDAR', '文件不是有效的 JSON 文本（在“B”处），无法读取'],
    ['a trailing comma', '{\n  "years": [2027,]\n}', '文件不是有效的 JSON 文本（在“]”处），无法读取'],
    ['a missing property name', '{\n  , }', '文件不是有效的 JSON 文本（第2行第3列附近），无法读取'],
    ['a cut-off file', '{ "format": ', '文件不是有效的 JSON 文本（内容不完整），无法读取'],
    ['a JSON array', '[]', '日历包应为一个 JSON 对象（以“{”开头）'],
  ])('%s', (_label, text, problem) => {
    expect(problemsOf(parseCalendarPack(text))).toEqual([problem]);
  });

  it.each([
    ['another format', (p: Record<string, unknown>) => (p.format = 'ics'), 'format：应为“liuhen-calendar-pack”，该文件不是留痕日历包'],
    ['no format version', (p: Record<string, unknown>) => delete p.formatVersion, 'formatVersion：应为数字 1'],
    [
      'a later format version',
      (p: Record<string, unknown>) => (p.formatVersion = 2),
      'formatVersion：日历包格式版本为 2，本程序只能读取版本 1；请使用与本程序相符的日历包，或升级留痕',
    ],
  ])('%s', (_label, change, problem) => {
    expect(problemsOf(parseCalendarPack(packWith(change)))).toEqual([problem]);
  });

  const holidayAt = (index: number, date: string) => (pack: Record<string, unknown>) => {
    (pack.holidays as { date: string }[])[index]!.date = date;
  };
  const workdayAt = (index: number, date: string) => (pack: Record<string, unknown>) => {
    (pack.adjustedWorkdays as { date: string }[])[index]!.date = date;
  };

  it.each([
    ['a malformed date', holidayAt(2, '2027-1-3'), 'holidays 第3项的 date：“2027-1-3”不是“YYYY-MM-DD”格式的日期（例如 2026-09-30）'],
    ['a date that does not exist', holidayAt(2, '2027-02-30'), 'holidays 第3项的 date：“2027-02-30”不是有效日期：2027年2月只有28天'],
    ['a thirteenth month', workdayAt(0, '2027-13-01'), 'adjustedWorkdays 第1项的 date：“2027-13-01”不是有效日期：月份应在01至12之间'],
    ['a date outside the covered years', holidayAt(2, '2028-01-03'), 'holidays 第3项：2028-01-03 不在日历包覆盖的年份（2027年）之内'],
    ['a holiday listed twice', holidayAt(2, '2027-01-01'), 'holidays 第3项：2027-01-01 已在第1项列出，不能重复'],
    [
      'a day both off and worked',
      workdayAt(1, '2027-02-13'),
      '2027-02-13 既列为节假日（holidays 第12项），又列为调休上班日（adjustedWorkdays 第2项），只能是其中之一',
    ],
    [
      'an adjusted workday on a weekday',
      workdayAt(1, '2027-02-22'),
      'adjustedWorkdays 第2项：2027-02-22 是星期一，调休上班日应为星期六或星期日',
    ],
  ])('%s', (_label, change, problem) => {
    expect(problemsOf(parseCalendarPack(packWith(change)))).toEqual([problem]);
  });

  it.each([
    ['a year listed twice', (p: Record<string, unknown>) => (p.years = [2027, 2027]), ['years 第2项：2027年重复列出']],
    [
      'a year without a single holiday',
      (p: Record<string, unknown>) => (p.years = [2027, 2028]),
      ['years 列出了2028年，但 holidays 中没有该年的任何节假日'],
    ],
    ['a year out of range', (p: Record<string, unknown>) => (p.years = [2100]), ['years 第1项：年份应在2000至2099之间']],
    ['a fractional year', (p: Record<string, unknown>) => (p.years = [2027.5]), ['years 第1项：年份应为整数']],
    ['no years', (p: Record<string, unknown>) => (p.years = []), ['years：至少应列出一个年份']],
    ['a misspelt field', (p: Record<string, unknown>) => (p.holiday = []), ['日历包：有不认识的字段：holiday']],
    ['a missing title', (p: Record<string, unknown>) => delete p.title, ['title：应为1至100个字的文字']],
    [
      'a day without a name',
      (p: Record<string, unknown>) => ((p.holidays as { name?: string }[])[0]!.name = ' '),
      ['holidays 第1项的 name：应为1至30个字的文字'],
    ],
    [
      'a day with an extra field',
      (p: Record<string, unknown>) => ((p.adjustedWorkdays as Record<string, unknown>[])[0]!.note = '补班'),
      ['adjustedWorkdays 第1项：有不认识的字段：note'],
    ],
    ['holidays that are not a list', (p: Record<string, unknown>) => (p.holidays = {}), ['holidays：应为节假日列表']],
  ])('%s', (_label, change, problems) => {
    expect(problemsOf(parseCalendarPack(packWith(change)))).toEqual(problems);
  });

  it('lists every problem at once', () => {
    const text = packWith((pack) => {
      holidayAt(0, '2028-01-01')(pack);
      workdayAt(0, '2027-02-01')(pack);
    });
    expect(problemsOf(parseCalendarPack(text))).toEqual([
      'holidays 第1项：2028-01-01 不在日历包覆盖的年份（2027年）之内',
      'adjustedWorkdays 第1项：2027-02-01 是星期一，调休上班日应为星期六或星期日',
    ]);
  });

  it('refuses text too large to be a calendar', () => {
    expect(problemsOf(parseCalendarPack(' '.repeat(CALENDAR_PACK_MAX_BYTES + 1)))).toEqual([
      `文件过大（超过${CALENDAR_PACK_MAX_BYTES}字节），不是日历包`,
    ]);
  });
});

describe('applying packs', () => {
  it('overrides the years a pack covers and leaves the calendar it was given untouched', () => {
    const before = builtInCalendar();
    const pack = packOf(parseCalendarPack(EXAMPLE_TEXT));
    const after = applyCalendarPacks(before, [pack]);
    expect(after.coverage(2027)).toBe('pack');
    expect(after.coverage(2026)).toBe('builtIn');
    expect(after.coverage(2028)).toBe('none');
    expect(before.coverage(2027)).toBe('none');
    expect(before.dayKind('2027-02-09')).toBe('workday');
    expect(after.dayKind('2027-02-09')).toBe('restday');
    expect(after.dayKind('2027-02-20')).toBe('workday');
  });

  it('lets a pack correct built-in data, and a later pack win over an earlier one', () => {
    const correction = packOf(
      parseCalendarPack(
        JSON.stringify({
          format: 'liuhen-calendar-pack',
          formatVersion: 1,
          title: '测试',
          source: '测试',
          years: [2026, 2027],
          holidays: [
            { date: '2026-01-01', name: '元旦' },
            { date: '2027-01-01', name: '元旦' },
          ],
          adjustedWorkdays: [],
        }),
      ),
    );
    const example = packOf(parseCalendarPack(EXAMPLE_TEXT));
    const calendar = applyCalendarPacks(builtInCalendar(), [example, correction]);
    expect(calendar.coverage(2026)).toBe('pack');
    expect(calendar.dayKind('2026-10-05')).toBe('workday');
    expect(calendar.dayKind('2027-02-09')).toBe('workday');
    expect(applyCalendarPacks(builtInCalendar(), [correction, example]).dayKind('2027-02-09')).toBe('restday');
  });
});

describe('loading a pack file', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('reads the example', async () => {
    expect(packOf(await loadCalendarPackFile(EXAMPLE_PATH.pathname)).years).toEqual([2027]);
  });

  it('answers a malformed file exactly as parseCalendarPack answers its text', async () => {
    const text = packWith((pack) => (pack.formatVersion = 3));
    const path = join(dir.path, 'pack.json');
    writeFileSync(path, text);
    expect(await loadCalendarPackFile(path)).toEqual(parseCalendarPack(text));
  });

  it('refuses a missing file', async () => {
    expect(problemsOf(await loadCalendarPackFile(join(dir.path, 'absent.json')))).toEqual([
      '无法读取该文件，请确认文件存在且有读取权限',
    ]);
  });

  it('refuses a file that is not UTF-8', async () => {
    const path = join(dir.path, 'gbk.json');
    // {"元旦"} saved as GBK: 元 is D4 AA, 旦 is B5 A9, and a lone B5 is never valid UTF-8.
    writeFileSync(path, Buffer.from([0x7b, 0x22, 0xd4, 0xaa, 0xb5, 0xa9, 0x22, 0x7d]));
    expect(problemsOf(await loadCalendarPackFile(path))).toEqual([
      '文件不是 UTF-8 编码的文本，请以 UTF-8 编码保存后重新导入',
    ]);
  });

  it('refuses a file too large to be a calendar without reading it', async () => {
    const path = join(dir.path, 'huge.json');
    writeFileSync(path, Buffer.alloc(CALENDAR_PACK_MAX_BYTES + 1, 0x20));
    expect(problemsOf(await loadCalendarPackFile(path))).toEqual([
      `文件过大（超过${CALENDAR_PACK_MAX_BYTES}字节），不是日历包`,
    ]);
  });
});
