import { performance } from 'node:perf_hooks';
import { recordSchema } from '../../src-main/shared/form/record.ts';
import { bundledFonts } from '../../src-main/core/pdf/fonts/bundled-fonts.ts';
import { createPdfRenderer } from '../../src-main/core/pdf/pdf-renderer.ts';
import { renderRecordForm } from '../../src-main/core/pdf/print-record.ts';
import { FIRST_LAYOUT, recordFormDocument } from '../../src-main/core/pdf/record-form.ts';
import { formatMs, median, type BenchRow } from '../table.ts';

const TARGET_COLD_MS = 800;
const TARGET_WARM_MS = 150;
const TARGET_SIZE_KB = 250;
const WARM_RUNS = 15;
const TARGET_LONG_PAGES = 40;
const LONG_ENTRIES = 8;
const LONG_CONTENT_CHARS = 4_900;

// A one-page 记录表 as a handler typically fills it: one intervention, a paragraph of content.
const typical = recordSchema.parse({
  filedAt: '2026-09-30',
  filer: '张明',
  handler: {
    name: '张明',
    politicalStatus: 'cpcMember',
    workUnit: '某省通信管理局',
    currentPost: '综合处副处长',
    dutyScope: '负责本单位干部人事及工程项目招标相关具体工作。',
  },
  entries: [
    {
      occurredAt: '2026-09-28T15:30',
      learnedOn: null,
      intervener: { name: '李某某', unit: '某单位', post: '副局长', level: 'departmentDeputy', tenure: 'serving' },
      method: 'phone',
      methodNote: null,
      matter: { category: 'construction', item: 'bidding', name: '某机房改造工程招标' },
      kinds: ['lobbying'],
      content: '来电询问招标评审进度，要求在评分时对某公司给予照顾，称该公司与其熟识，并暗示如不照顾将影响本人后续工作安排。',
      handling: '当即明确拒绝，告知评审严格按照招标文件和评分细则进行，并将来电情况如实记录。',
    },
  ],
  status: 'finalized',
  version: 1,
  amendsDigest: null,
  amendmentReason: null,
});

// Printing with the bundled fonts, the ones every machine has. Cold is the first document in the process
// (pdfmake loaded, fonts read and parsed); warm documents reuse the parsed fonts.
export async function benchPdf(): Promise<BenchRow[]> {
  const input = (index: number) => ({
    recordId: index.toString(16).padStart(32, '0'),
    record: typical,
    fingerprint: 'ab'.repeat(32),
    printedAt: new Date('2026-09-30T02:00:00Z'),
  });
  const renderer = createPdfRenderer(bundledFonts);
  const coldStart = performance.now();
  const first = await renderer.render(recordFormDocument(input(0), FIRST_LAYOUT));
  const cold = performance.now() - coldStart;
  const warm: number[] = [];
  for (let index = 1; index <= WARM_RUNS; index += 1) {
    const start = performance.now();
    await renderer.render(recordFormDocument(input(index), FIRST_LAYOUT));
    warm.push(performance.now() - start);
  }
  const warmMedian = median(warm);
  const long = await renderRecordForm(renderer, {
    ...input(0),
    record: recordSchema.parse({
      ...typical,
      entries: Array.from({ length: LONG_ENTRIES }, () => ({
        ...typical.entries[0],
        content: '来电询问招标评审进度，要求在评分时对某公司给予照顾。'.repeat(200).slice(0, LONG_CONTENT_CHARS),
      })),
    }),
  });
  const sizeKb = first.bytes.length / 1024;
  return [
    { figure: '记录表 PDF, one page, cold (first in process)', target: `<= ${TARGET_COLD_MS} ms`, measured: formatMs(cold), met: cold <= TARGET_COLD_MS },
    { figure: '记录表 PDF, one page, warm (median)', target: `<= ${TARGET_WARM_MS} ms`, measured: formatMs(warmMedian), met: warmMedian <= TARGET_WARM_MS },
    {
      figure: `记录表 PDF size, one page (${first.pageCount} page)`,
      target: `<= ${TARGET_SIZE_KB} KB`,
      measured: `${sizeKb.toFixed(0)} KB`,
      met: sizeKb <= TARGET_SIZE_KB && first.pageCount === 1,
    },
    {
      figure: `记录表 PDF, ${LONG_ENTRIES} entries × ${LONG_CONTENT_CHARS.toLocaleString('en')} 字 (附页)`,
      target: `<= ${TARGET_LONG_PAGES} pages`,
      measured: `${long.pageCount} pages`,
      met: long.pageCount <= TARGET_LONG_PAGES,
    },
  ];
}
