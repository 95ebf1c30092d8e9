import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../../src-main/core/calendar/built-in-calendar.ts';
import { HANDLER_KEY_LABEL } from '../../../src-main/core/pdf/document-parts.ts';
import { renderRecordForm, renderSealedPackage } from '../../../src-main/core/pdf/print-record.ts';
import { formatFingerprint } from '../../../src-main/shared/form/fingerprint-text.ts';
import { pdfPages, squash } from './support/pdf-tools.ts';
import { entryAt, FINGERPRINT, finalizedRecord, formInput, renderer } from './support/records.ts';

// The handler installation's exchange key fingerprint is printed on every page of the form, 附页 included, so the
// paper that is signed by hand vouches for the key the discipline body finds in the encrypted file; never on the
// envelope's outside.
const KEY = '0123456789abcdef'.repeat(4);
const LONG_CONTENT_CHARS = 3_000;

// Long enough for 附页: the table keeps the start of each text and the rest goes on full-width pages.
const longRecord = finalizedRecord((raw) => {
  raw.entries = [1, 2].map((n) => entryAt('departmentDeputy', (entry) => (entry.content = `第${n}项：${'要求在评审中对某公司予以关照。'.repeat(LONG_CONTENT_CHARS / 15)}`)));
});

const keyLine = squash(`${HANDLER_KEY_LABEL}：${formatFingerprint(KEY)}`);

describe('the handler’s key in the form’s footer', { timeout: 120_000 }, () => {
  it('is on every page of the form, 附页 included, grouped for reading aloud', async () => {
    const { bytes, pageCount } = await renderRecordForm(renderer, { ...formInput(longRecord), handlerKeyFingerprint: KEY });
    const pages = pdfPages(bytes).map(squash);
    expect(pages.some((page) => page.includes('附页'))).toBe(true);
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, index) => expect(page, `page ${index + 1}`).toContain(keyLine));
    // Groups of eight, as every screen and the exchange CLI show fingerprints.
    expect(formatFingerprint(KEY)).toBe('01234567 89abcdef 01234567 89abcdef 01234567 89abcdef 01234567 89abcdef');
  });

  it('is on the form in every envelope, never on a cover’s outside or on the 报送单', async () => {
    const pdf = await renderSealedPackage(renderer, {
      ...formInput(longRecord),
      handlerKeyFingerprint: KEY,
      unitHasDisciplineBody: true,
      alsoReportBureauLevelToUnitBody: true,
      calendar: builtInCalendar(),
    });
    const pages = pdfPages(pdf.bytes).map(squash);
    // Cover, 报送单, form for each of the two recipients.
    expect(pdf.partPageCounts).toHaveLength(6);
    let page = 0;
    pdf.partPageCounts.forEach((count, part) => {
      for (let inPart = 0; inPart < count; inPart += 1, page += 1) {
        const text = pages[page] as string;
        if (part % 3 === 2) {
          expect(text, `page ${page + 1}`).toContain(keyLine);
        } else {
          expect(text, `page ${page + 1}`).not.toContain(HANDLER_KEY_LABEL);
          expect(text, `page ${page + 1}`).not.toContain(KEY.slice(0, 16));
        }
      }
    });
    expect(page).toBe(pages.length);
    expect(pages[0]).toContain('非收件人不得拆封');
  });

  it('is left out, and nothing else changes, when no key is given', async () => {
    const pages = pdfPages((await renderRecordForm(renderer, formInput(longRecord))).bytes).map(squash);
    for (const page of pages) {
      expect(page).not.toContain(HANDLER_KEY_LABEL);
      expect(page).toContain(`指纹：${FINGERPRINT}`);
    }
  });
});
