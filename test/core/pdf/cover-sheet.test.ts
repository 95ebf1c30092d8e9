import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../../src-main/core/calendar/built-in-calendar.ts';
import { ENTRIES_MAX_COUNT, PERSON_NAME_MAX_CHARS, UNIT_NAME_MAX_CHARS } from '../../../src-main/shared/form/field-limits.ts';
import { renderCoverSheets, renderSealedPackage } from '../../../src-main/core/pdf/print-record.ts';
import { decodeQr, pdfInfo, pdfPages, renderPages, squash } from './support/pdf-tools.ts';
import { FINGERPRINT, entryAt, finalizedRecord, formInput, renderer } from './support/records.ts';

const calendar = builtInCalendar();
const UNIT_BODY = '本单位纪检组织';
const ORGANS_COMMISSION = '部直属机关纪委';
const STATIONED_GROUP = '中央纪委国家监委驻工业和信息化部纪检监察组';

async function coverTexts(level: string, unitHasDisciplineBody: boolean, alsoReportBureauLevelToUnitBody = false) {
  const record = finalizedRecord((raw) => (raw.entries = [entryAt(level)]));
  const covers = await renderCoverSheets(renderer, { ...formInput(record), unitHasDisciplineBody, alsoReportBureauLevelToUnitBody, calendar });
  return { covers, pages: pdfPages(covers.bytes).map(squash) };
}

// The recipient is printed on its own line under 收件单位 on the outside, and in the 报送单位 row of the 报送单.
const recipientOf = (page: string) => /收件单位(.+?)记录表编号/.exec(page)?.[1];
const sheetRecipientOf = (page: string) => /报送单位(.+?)内含材料/.exec(page)?.[1];
// The covers alone come as pairs of pages per recipient: the outside, then the 报送单.
const outsides = (pages: string[]) => pages.filter((_, index) => index % 2 === 0);
const sheets = (pages: string[]) => pages.filter((_, index) => index % 2 === 1);

// Each test lays out the form, the covers and the package, and reads them back with poppler: seconds on a busy
// machine, more than vitest's default 5 s allows.
const PDF_TEST_TIMEOUT_MS = 60_000;

describe('cover sheet: one per recipient, routed by 第七条 and 第九条', { timeout: PDF_TEST_TIMEOUT_MS }, () => {
  it('goes to the unit’s own discipline body when it has one and no 司局级 cadre is involved', async () => {
    const { covers, pages } = await coverTexts('divisionPrincipal', true);
    expect(covers.pageCount).toBe(2);
    expect(outsides(pages).map(recipientOf)).toEqual([UNIT_BODY]);
    expect(sheets(pages).map(sheetRecipientOf)).toEqual([UNIT_BODY]);
    expect(pages[1]).toContain('第七条、填表说明5');
  });

  it('goes to 部直属机关纪委 for a unit without a discipline body', async () => {
    const { pages } = await coverTexts('divisionDeputy', false);
    expect(outsides(pages).map(recipientOf)).toEqual([ORGANS_COMMISSION]);
    expect(pages[1]).toContain('本单位不设纪委（纪检组）');
  });

  it('goes straight to the stationed inspection group alone when a 司局级 cadre is involved (径报)', async () => {
    const { covers, pages } = await coverTexts('departmentDeputy', false);
    expect(covers.pageCount).toBe(2);
    expect(outsides(pages).map(recipientOf)).toEqual([STATIONED_GROUP]);
    expect(sheets(pages).map(sheetRecipientOf)).toEqual([STATIONED_GROUP]);
    expect(pages[1]).toContain('第九条、填表说明5');
    expect(pages[1]).toContain('径报');
    for (const index of [0, 1]) expect(pages[index]).toContain('份数第1份，共1份');
  });

  it('adds the usual recipient’s cover after the stationed group’s when the unit chose to copy it', async () => {
    const { covers, pages } = await coverTexts('departmentDeputy', false, true);
    expect(covers.pageCount).toBe(4);
    expect(outsides(pages).map(recipientOf)).toEqual([STATIONED_GROUP, ORGANS_COMMISSION]);
    expect(sheets(pages).map(sheetRecipientOf)).toEqual([STATIONED_GROUP, ORGANS_COMMISSION]);
    for (const index of [0, 1]) expect(pages[index]).toContain('份数第1份，共2份');
    for (const index of [2, 3]) expect(pages[index]).toContain('份数第2份，共2份');
  });

  it('shows outside the warning and seal marks, and inside what it holds, who filed it, the sealing day and deadline', async () => {
    const { pages } = await coverTexts('divisionPrincipal', true);
    for (const text of ['密封报送件', '非收件人不得拆封', '密封', '封口线']) expect(pages[0], text).toContain(text);
    const page = pages[1] ?? '';
    for (const text of [
      '报送单',
      '内含材料《领导干部插手干预重大事项情况记录表》，共1页',
      '记录表编号3f9c-2a7e-5b1d-4c60-8e2f-7a9b-0c1d-2e3f',
      '版本第1版',
      '填报人李某',
      '封装日期2026年9月30日',
      // 2026-09-28 + 5 working days, across the National Day holiday and its 调休 Saturday.
      '报送截止日期2026年10月10日（5个工作日内）',
    ]) {
      expect(page, text).toContain(text);
    }
    expect(page).not.toContain('预估');
  });

  it('marks the deadline 预估 when the year’s holiday schedule is not loaded', async () => {
    const record = finalizedRecord((raw) => {
      raw.filedAt = '2027-09-30';
      raw.entries = [entryAt('divisionPrincipal', (entry) => (entry.occurredAt = '2027-09-28T09:00'))];
    });
    const covers = await renderCoverSheets(renderer, { ...formInput(record), unitHasDisciplineBody: true, calendar });
    const [, page] = pdfPages(covers.bytes).map(squash);
    expect(covers.sealing.estimatedYears).toEqual([2027]);
    expect(page).toMatch(/报送截止日期2027年\d+月\d+日（预估）/);
    expect(page).toContain('报送截止日期为预估：2027年的国务院节假日安排尚未载入本程序');
  });

  it('packs, for each recipient, its cover, its 报送单 and a full copy of the form with its own page numbers', async () => {
    const record = finalizedRecord((raw) => {
      raw.entries = [entryAt('departmentPrincipal', (entry) => (entry.content = '要求予以关照。'.repeat(200)))];
    });
    const pack = await renderSealedPackage(renderer, { ...formInput(record), unitHasDisciplineBody: true, alsoReportBureauLevelToUnitBody: true, calendar });
    expect(pack.formPageCount).toBeGreaterThan(1);
    expect(pack.pageCount).toBe(2 * (pack.formPageCount + 2));
    const pages = pdfPages(pack.bytes).map(squash);
    pages.forEach((page, index) => {
      const inCopy = index % (pack.formPageCount + 2);
      if (inCopy === 0) {
        expect(page).toContain('密封报送件');
        expect(page).not.toContain('编号：');
      } else if (inCopy === 1) {
        expect(page).toContain(`共${pack.formPageCount}页`);
        expect(page).toContain('编号：3f9c-2a7e');
      } else {
        expect(page).toContain(`—${inCopy - 1}—`);
        expect(page).toContain('编号：3f9c-2a7e');
      }
      if (inCopy <= 1) expect(page).not.toMatch(/—\d+—/);
    });
    const [sheet] = renderPages(pack.bytes, 150, { first: 2, last: 2 });
    expect(sheet && decodeQr(sheet)?.toLowerCase()).toBe(FINGERPRINT);
  });

  // From 2026-12-25 on, the 5 working days run into 2027, whose holiday schedule is not built in.
  it('packs a record dated 2026-12-28 whose deadline is estimated: one page per cover and per 报送单', async () => {
    const record = finalizedRecord((raw) => {
      raw.filedAt = '2026-12-28';
      raw.entries = [entryAt('departmentDeputy', (entry) => (entry.occurredAt = '2026-12-28T09:00'))];
    });
    const input = { ...formInput(record), printedAt: new Date('2026-12-28T02:00:00Z'), unitHasDisciplineBody: true, alsoReportBureauLevelToUnitBody: true, calendar };
    const pack = await renderSealedPackage(renderer, input);
    expect(pack.sealing.estimatedYears).toEqual([2027]);
    expect(pack.formPageCount).toBe(1);
    expect(pdfPages(pack.bytes)).toHaveLength(6);
    const covers = await renderCoverSheets(renderer, input);
    expect(pdfPages(covers.bytes)).toHaveLength(4);
  });
});

// Every combination a cover can meet: each routing of 第七条/第九条, an exact deadline, one estimated into a
// year whose schedule is not loaded and one estimated across two such years (the longest note), with typical
// names or the longest the form accepts. Pages are counted in the PDF itself (pdfinfo); each cover must hold
// everything from the marking to the sealing instruction on its one page, and each 报送单 all its rows on its one.
const ROUTINGS = [
  { routing: 'unit body only', unitHasDisciplineBody: true, copy: false, level: 'divisionPrincipal', recipients: [UNIT_BODY] },
  { routing: '部直属机关纪委 when the unit has no body', unitHasDisciplineBody: false, copy: false, level: 'divisionDeputy', recipients: [ORGANS_COMMISSION] },
  { routing: 'the stationed group only', unitHasDisciplineBody: true, copy: false, level: 'departmentDeputy', recipients: [STATIONED_GROUP] },
  { routing: 'the stationed group and the unit body', unitHasDisciplineBody: true, copy: true, level: 'departmentDeputy', recipients: [STATIONED_GROUP, UNIT_BODY] },
  {
    routing: 'the stationed group and 部直属机关纪委',
    unitHasDisciplineBody: false,
    copy: true,
    level: 'departmentPrincipal',
    recipients: [STATIONED_GROUP, ORGANS_COMMISSION],
  },
] as const;

// The stationed group's cover names every 司局级 entry in its reason: longest with as many entries as a form holds.
const listsEntries = (recipients: readonly string[]) => recipients.includes(STATIONED_GROUP);

const DEADLINES = [
  { deadline: 'exact', day: '2026-09-28', estimatedYears: [] },
  { deadline: 'estimated into 2027', day: '2026-12-28', estimatedYears: [2027] },
  { deadline: 'estimated across 2027 and 2028', day: '2027-12-30', estimatedYears: [2027, 2028] },
] as const;

const LONGEST_PERSON_NAME = '欧阳'.repeat(PERSON_NAME_MAX_CHARS / 2);
const LONGEST_UNIT_NAME = '工'.repeat(UNIT_NAME_MAX_CHARS);

function variantRecord(level: string, day: string, { longest, entryCount }: { longest: boolean; entryCount: number }) {
  return finalizedRecord((raw) => {
    raw.filedAt = day;
    const entry = (change: (e: ReturnType<typeof entryAt>) => void = () => {}) =>
      entryAt(level, (e) => ((e.occurredAt = `${day}T09:00`), change(e)));
    if (!longest) {
      raw.entries = [entry()];
      return;
    }
    raw.filer = LONGEST_PERSON_NAME;
    raw.handler.name = LONGEST_PERSON_NAME;
    raw.handler.workUnit = LONGEST_UNIT_NAME;
    raw.entries = [
      entry((e) => ((e.intervener.name = LONGEST_PERSON_NAME), (e.intervener.unit = LONGEST_UNIT_NAME))),
      ...Array.from({ length: entryCount - 1 }, () => entry((e) => ((e.content = '要求关照。'), (e.handling = '拒绝。')))),
    ];
  });
}

const pageCountOf = (bytes: Uint8Array) => Number(pdfInfo(bytes)['Pages']);

function expectWholeCover(page: string, recipient: string, copy: number, copies: number) {
  expect(page).toContain('密封报送件');
  expect(recipientOf(page)).toBe(recipient);
  expect(page).toContain(`份数第${copy}份，共${copies}份`);
  expect(page).toContain('非收件人不得拆封');
  expect(page).toContain('在“密封”处骑缝签字或加盖印章后报送。');
  expect(page).not.toMatch(/—\d+—/);
}

function expectWholeSheet(page: string, recipient: string, copy: number, copies: number) {
  expect(page).toMatch(/^报送单/);
  expect(sheetRecipientOf(page)).toBe(recipient);
  expect(page).toContain(`份数第${copy}份，共${copies}份`);
  expect(page).toContain('指纹：');
  expect(page).not.toMatch(/—\d+—/);
}

describe('every cover fits its one page, and the package always prints', { timeout: PDF_TEST_TIMEOUT_MS }, () => {
  const variants = ROUTINGS.flatMap((routing) =>
    DEADLINES.flatMap((deadline) => [false, true].map((longest) => ({ ...routing, ...deadline, longest }))),
  );

  it.each(variants)('$routing, $deadline deadline, longest names: $longest', async (variant) => {
    const entryCount = variant.longest && listsEntries(variant.recipients) ? ENTRIES_MAX_COUNT : 1;
    const record = variantRecord(variant.level, variant.day, { longest: variant.longest, entryCount });
    const input = {
      ...formInput(record),
      printedAt: new Date(`${variant.day}T02:00:00Z`),
      unitHasDisciplineBody: variant.unitHasDisciplineBody,
      alsoReportBureauLevelToUnitBody: variant.copy,
      calendar,
    };
    const copies = variant.recipients.length;

    const pack = await renderSealedPackage(renderer, input);
    expect(pack.sealing.estimatedYears).toEqual(variant.estimatedYears);
    const perCopy = pack.formPageCount + 2;
    expect(pageCountOf(pack.bytes)).toBe(copies * perCopy);
    const pages = pdfPages(pack.bytes).map(squash);
    variant.recipients.forEach((recipient, index) => {
      expectWholeCover(pages[index * perCopy] ?? '', recipient, index + 1, copies);
      const sheet = pages[index * perCopy + 1] ?? '';
      expectWholeSheet(sheet, recipient, index + 1, copies);
      expect(sheet).toContain(`共${pack.formPageCount}页`);
      if (variant.longest) expect(sheet).toContain(`填报人${LONGEST_PERSON_NAME}`);
      if (variant.estimatedYears.length > 0) {
        expect(sheet).toMatch(/报送截止日期\d+年\d+月\d+日（预估）/);
        expect(sheet).toContain(`报送截止日期为预估：${variant.estimatedYears.map((year) => `${year}年`).join('、')}的国务院节假日安排`);
      } else {
        expect(sheet).toMatch(/报送截止日期\d+年\d+月\d+日（5个工作日内）/);
      }
      if (entryCount === ENTRIES_MAX_COUNT && recipient === STATIONED_GROUP) expect(sheet).toContain('第1、2、3、');
      // The copy of the form that follows numbers its own pages from 1.
      expect(pages[index * perCopy + 2]).toContain('—1—');
      expect(pages[index * perCopy + 1 + pack.formPageCount]).toContain(`—${pack.formPageCount}—`);
    });

    const covers = await renderCoverSheets(renderer, input);
    expect(pageCountOf(covers.bytes)).toBe(2 * copies);
    const coverPages = pdfPages(covers.bytes).map(squash);
    variant.recipients.forEach((recipient, index) => {
      expectWholeCover(coverPages[2 * index] ?? '', recipient, index + 1, copies);
      expectWholeSheet(coverPages[2 * index + 1] ?? '', recipient, index + 1, copies);
    });
  });
});

// 第十一条 任何人不得泄露相关记录事项: the outside of the envelope passes through couriers and mail rooms, so it
// carries only what they and the recipient's office need. Everything else goes on the 报送单 inside.
const SECRETS = [
  ['the handler’s name', /李某|欧阳/],
  ['the intervener', /王某某|副局长|厅局级|司局级|处级/],
  ['a date', /\d{4}年|\d+月\d+日|截止/],
  ['the routing reason', /依据|第七条|第九条|填表说明|径报|不设纪委/],
  ['a fingerprint', /指纹|[0-9a-f]{16}|[0-9A-F]{16}/],
  ['the version or length of the form', /第\d+版|共\d+页/],
] as const;

describe('the outside of the envelope keeps the secret (第十一条)', { timeout: PDF_TEST_TIMEOUT_MS }, () => {
  const variants = ROUTINGS.flatMap((routing) => DEADLINES.map((deadline) => ({ ...routing, ...deadline })));

  it.each(variants)('$routing, $deadline deadline: recipient, 密封报送件, warning, 编号, 份数 and nothing else', async (variant) => {
    const record = variantRecord(variant.level, variant.day, { longest: true, entryCount: 3 });
    const input = {
      ...formInput(record),
      printedAt: new Date(`${variant.day}T02:00:00Z`),
      unitHasDisciplineBody: variant.unitHasDisciplineBody,
      alsoReportBureauLevelToUnitBody: variant.copy,
      calendar,
    };
    const pack = await renderSealedPackage(renderer, input);
    const perCopy = pack.formPageCount + 2;
    const pages = pdfPages(pack.bytes).map(squash);
    variant.recipients.forEach((recipient, index) => {
      const outside = pages[index * perCopy] ?? '';
      expect(outside).toContain('密封报送件');
      expect(outside).toContain(recipient);
      expect(outside).toContain('非收件人不得拆封');
      expect(outside).toContain('记录表编号3f9c-2a7e-5b1d-4c60-8e2f-7a9b-0c1d-2e3f');
      expect(outside).toContain(`份数第${index + 1}份，共${variant.recipients.length}份`);
      for (const [what, pattern] of SECRETS) expect(outside, what).not.toMatch(pattern);
      const [raster] = renderPages(pack.bytes, 150, { first: index * perCopy + 1, last: index * perCopy + 1 });
      expect(raster, 'the outside page, rendered').toBeDefined();
      expect(raster && decodeQr(raster), 'a QR code on the outside').toBeUndefined();
    });
  });

  it('prints the unit body’s own name from the unit settings, the generic phrase only without one', async () => {
    const record = finalizedRecord();
    // The record's intervener is 司局级: the unit's body gets its envelope because the unit copies such records.
    const unit = { unitHasDisciplineBody: true, alsoReportBureauLevelToUnitBody: true };
    const named = await renderCoverSheets(renderer, { ...formInput(record), ...unit, unitDisciplineBodyName: '某省通信管理局纪检组', calendar });
    const namedOutsides = outsides(pdfPages(named.bytes).map(squash));
    expect(namedOutsides.map(recipientOf)).toContain('某省通信管理局纪检组');
    expect(namedOutsides.join('')).not.toContain(UNIT_BODY);
    const generic = await renderCoverSheets(renderer, { ...formInput(record), ...unit, calendar });
    expect(outsides(pdfPages(generic.bytes).map(squash)).map(recipientOf)).toContain(UNIT_BODY);
  });
});

describe('the 报送单 inside the envelope', { timeout: PDF_TEST_TIMEOUT_MS }, () => {
  it('says who filed it, when it was sealed, the deadline and its basis, and why it goes to this recipient', async () => {
    const record = finalizedRecord((raw) => (raw.entries = [entryAt('departmentDeputy')]));
    // 径报 first; the unit copies 司局级 records to 部直属机关纪委 (it has no body of its own), whose 报送单 comes second.
    const unit = { unitHasDisciplineBody: false, alsoReportBureauLevelToUnitBody: true };
    const pack = await renderSealedPackage(renderer, { ...formInput(record), ...unit, calendar });
    const pages = pdfPages(pack.bytes).map(squash);
    const sheet = pages[1 + pack.formPageCount + 2] ?? '';
    for (const text of [
      '报送单',
      `报送单位${ORGANS_COMMISSION}`,
      '内含材料《领导干部插手干预重大事项情况记录表》，共1页',
      '记录表编号3f9c-2a7e-5b1d-4c60-8e2f-7a9b-0c1d-2e3f',
      '版本第1版',
      '填报人李某',
      '填报时间2026年9月30日',
      '封装日期2026年9月30日',
      '报送截止日期2026年10月10日（5个工作日内）',
      '填表说明5、本单位设置',
      '本单位不设纪委（纪检组）',
      '份数第2份，共2份',
      `指纹：${FINGERPRINT}`,
    ]) {
      expect(sheet, text).toContain(text);
    }
    expect(pages[1]).toContain('径报');
    const [raster] = renderPages(pack.bytes, 150, { first: 2, last: 2 });
    expect(raster && decodeQr(raster)?.toLowerCase()).toBe(FINGERPRINT);
  });

  it('never dates the sealing before the form was filed', async () => {
    const record = finalizedRecord((raw) => {
      raw.filedAt = '2026-10-09';
      raw.entries = [entryAt('divisionPrincipal', (entry) => (entry.occurredAt = '2026-10-09T09:00'))];
    });
    const covers = await renderCoverSheets(renderer, { ...formInput(record), unitHasDisciplineBody: true, calendar });
    expect(covers.sealing.sealedOn).toBe('2026-10-09');
    expect(pdfPages(covers.bytes).map(squash)[1]).toContain('封装日期2026年10月9日');
  });
});
