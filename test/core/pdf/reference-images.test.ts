import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../../src-main/core/calendar/built-in-calendar.ts';
import { ENTRIES_MAX_COUNT, PERSON_NAME_MAX_CHARS } from '../../../src-main/shared/form/field-limits.ts';
import { renderCoverSheets, renderRecordForm } from '../../../src-main/core/pdf/print-record.ts';
import { recoverySheetDocument } from '../../../src-main/core/pdf/recovery-sheet.ts';
import { pixelDiffRatio, readPng, renderPages } from './support/pdf-tools.ts';
import { entryAt, finalizedRecord, formInput, PRINTED_AT, renderer } from './support/records.ts';

// The pages as a reviewer sees them, kept in docs/pdf-reference/. A change that moves a line or loses a word
// fails here; `UPDATE_PDF_REFERENCE=1 npx vitest run --project core test/core/pdf/reference-images.test.ts`
// writes new references after a deliberate change (look at them before committing).
const REFERENCE_DIR = join(import.meta.dirname, '../../../docs/pdf-reference');
const DPI = 100;
const TOLERANCE = 0.003;
const updating = process.env['UPDATE_PDF_REFERENCE'] === '1';

function compareWithReference(name: string, bytes: Uint8Array, page = 1): void {
  const [rendered] = renderPages(bytes, DPI, { first: page, last: page });
  if (!rendered) throw new Error(`no page ${page}`);
  const path = join(REFERENCE_DIR, `${name}.png`);
  if (updating || !existsSync(path)) {
    mkdirSync(REFERENCE_DIR, { recursive: true });
    writeFileSync(path, rendered.png);
    if (!updating) throw new Error(`no reference image yet: wrote ${path}; look at it and commit it`);
  }
  expect(pixelDiffRatio(rendered, readPng(path))).toBeLessThan(TOLERANCE);
}

// The compact cover lays out an eleven-page form first: seconds on a busy machine, more than vitest's default 5 s.
describe('reference images', { timeout: 60_000 }, () => {
  it('记录表, typical one-page record', async () => {
    compareWithReference('record-form', (await renderRecordForm(renderer, formInput(finalizedRecord()))).bytes);
  });

  it('记录表, second page of a long record: header row repeated, page number on the left', async () => {
    const record = finalizedRecord((raw) => {
      raw.entries = [1, 2, 3, 4].map((n) => entryAt('divisionPrincipal', (entry) => (entry.content = `第${n}项：${'要求在评审中对某公司予以关照。'.repeat(10)}`)));
    });
    compareWithReference('record-form-long-page-2', (await renderRecordForm(renderer, formInput(record))).bytes, 2);
  });

  // 8 entries of 4,900 字: the cut cells in the table, the first 附页 with its titles.
  it('记录表 with 附页: a cut cell pointing to its 附页, and the 附页 itself', async () => {
    const record = finalizedRecord((raw) => {
      raw.entries = Array.from({ length: 8 }, (_, index) =>
        entryAt('divisionPrincipal', (entry) => (entry.content = `第${index + 1}项：${'要求在评审中对某公司予以关照，并询问评标专家名单。'.repeat(200)}`.slice(0, 4_900))),
      );
    });
    const form = await renderRecordForm(renderer, formInput(record));
    compareWithReference('record-form-long-cut-cell', form.bytes, 1);
    const firstSheet = form.layout.continuationPages.get('continuation-1-content') ?? 0;
    compareWithReference('record-form-long-continuation', form.bytes, firstSheet);
  });

  it('记录表 with rare characters: 𠮷 (Extension B) from the fallback font, 䶮 and 龘 from the body font', async () => {
    const record = finalizedRecord((raw) => {
      raw.filer = '吉𠮷';
      raw.handler.name = '吉𠮷';
      raw.entries = [entryAt('divisionPrincipal', (entry) => ((entry.intervener.name = '龘䶮'), (entry.content = '龘䶮来电，要求对吉𠮷公司予以关照。')))];
    });
    compareWithReference('record-form-rare-characters', (await renderRecordForm(renderer, formInput(record))).bytes);
  });

  // The covers alone: per recipient, the outside of its envelope, then its 报送单. 径报 first; the unit copies
  // 司局级 records to its own body.
  it('cover sheet and 报送单 for each recipient of a 司局级 record', async () => {
    const record = finalizedRecord();
    const unit = { unitHasDisciplineBody: true, alsoReportBureauLevelToUnitBody: true, unitDisciplineBodyName: '某省通信管理局纪检组' };
    const covers = await renderCoverSheets(renderer, { ...formInput(record), ...unit, calendar: builtInCalendar() });
    compareWithReference('cover-sheet', covers.bytes, 1);
    compareWithReference('transmittal-sheet', covers.bytes, 2);
    compareWithReference('cover-sheet-unit-body', covers.bytes, 3);
  });

  it('cover sheet for 部直属机关纪委', async () => {
    const record = finalizedRecord((raw) => (raw.entries = [entryAt('divisionPrincipal')]));
    const covers = await renderCoverSheets(renderer, { ...formInput(record), unitHasDisciplineBody: false, calendar: builtInCalendar() });
    compareWithReference('cover-sheet-organs-commission', covers.bytes, 1);
  });

  it('报送单 with an estimated deadline: the short note under the table', async () => {
    const record = finalizedRecord((raw) => {
      raw.filedAt = '2026-12-28';
      raw.entries = [entryAt('departmentDeputy', (entry) => (entry.occurredAt = '2026-12-28T09:00'))];
    });
    const input = { ...formInput(record), printedAt: new Date('2026-12-28T02:00:00Z'), unitHasDisciplineBody: true, calendar: builtInCalendar() };
    compareWithReference('transmittal-sheet-estimated', (await renderCoverSheets(renderer, input)).bytes, 2);
  });

  it('报送单 set compactly: longest filer name, fifty 司局级 entries, deadline estimated across two years', async () => {
    const record = finalizedRecord((raw) => {
      raw.filedAt = '2027-12-30';
      raw.filer = '欧阳'.repeat(PERSON_NAME_MAX_CHARS / 2);
      raw.entries = Array.from({ length: ENTRIES_MAX_COUNT }, () =>
        entryAt('departmentDeputy', (entry) => ((entry.occurredAt = '2027-12-30T09:00'), (entry.content = '要求关照。'))),
      );
    });
    const unit = { unitHasDisciplineBody: false, alsoReportBureauLevelToUnitBody: true };
    const input = { ...formInput(record), printedAt: new Date('2027-12-30T02:00:00Z'), ...unit, calendar: builtInCalendar() };
    compareWithReference('transmittal-sheet-compact', (await renderCoverSheets(renderer, input)).bytes, 4);
  });

  it('recovery sheet', async () => {
    const doc = recoverySheetDocument({ recoveryKey: '7K3M-Q9TX-2B8D-W4NP-6HJR-C1VZ-5EYA-0GFS-8R2Q', printedAt: PRINTED_AT });
    compareWithReference('recovery-sheet', (await renderer.render(doc)).bytes);
  });
});
