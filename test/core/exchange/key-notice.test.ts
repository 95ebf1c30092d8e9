import { describe, expect, it } from 'vitest';
import { KEY_NOTICE_INSTRUCTIONS, keyNoticeDocument } from '../../../src-main/core/exchange/key-notice.ts';
import { KEY_NOTICE_QR_PREFIX } from '../../../src-main/shared/exchange/fingerprint-comparison.ts';
import { formatFingerprint } from '../../../src-main/shared/form/fingerprint-text.ts';
import { decodeQr, pdfPages, renderPages, squash } from '../pdf/support/pdf-tools.ts';
import { PRINTED_AT, renderer } from '../pdf/support/records.ts';
import { UNIT_BODY, unitBodyKeys } from './support/exchange-fixtures.ts';

describe('the key notice', () => {
  it('prints the body and its key fingerprint in eight groups, as text and as a QR code, on one page', async () => {
    const { fingerprint } = unitBodyKeys();
    const { bytes, pageCount } = await renderer.render(keyNoticeDocument({ body: UNIT_BODY, fingerprint, printedAt: PRINTED_AT }));
    expect(pageCount).toBe(1);
    const page = squash(pdfPages(bytes)[0] ?? '');
    for (const group of formatFingerprint(fingerprint).split(' ')) expect(page).toContain(group);
    expect(page).toContain(squash(`所在单位：${UNIT_BODY.unit}`));
    expect(page).toContain(squash(`纪检组织类别：${UNIT_BODY.kind}`));
    for (const instruction of KEY_NOTICE_INSTRUCTIONS) expect(page).toContain(squash(instruction));
    const [image] = renderPages(bytes, 100);
    expect(image && decodeQr(image)).toBe(`${KEY_NOTICE_QR_PREFIX}${fingerprint}`);
  });
});
