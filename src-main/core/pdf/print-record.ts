import type { Calendar } from '../domain/calendar/calendar.ts';
import { chinaDateOf } from '../domain/calendar/iso-date.ts';
import { coverSheetDocument, sealedPackageDocument, sealingFacts, type SealingFacts } from './cover-sheet.ts';
import type { PdfRenderer, RenderedPdf } from './pdf-renderer.ts';
import { recordFormDocument, type RecordFormInput } from './record-form.ts';

export interface SealingInput extends RecordFormInput {
  unitHasDisciplineBody: boolean;
  calendar: Calendar;
}

export interface SealedPdf extends RenderedPdf {
  formPageCount: number;
  sealing: SealingFacts;
}

export function renderRecordForm(renderer: PdfRenderer, input: RecordFormInput): Promise<RenderedPdf> {
  return renderer.render(recordFormDocument(input));
}

// The cover says how many pages the form has, so the form is laid out first; the envelope is sealed the day
// it is printed.
async function prepareCovers(renderer: PdfRenderer, input: SealingInput) {
  const form = await renderRecordForm(renderer, input);
  const sealing = sealingFacts(input.record, {
    unitHasDisciplineBody: input.unitHasDisciplineBody,
    calendar: input.calendar,
    sealedOn: chinaDateOf(input.printedAt),
  });
  return { ...input, sealing, formPageCount: form.pageCount };
}

// The covers alone, one page per recipient, to print on envelopes or labels.
export async function renderCoverSheets(renderer: PdfRenderer, input: SealingInput): Promise<SealedPdf> {
  const cover = await prepareCovers(renderer, input);
  const rendered = await renderer.render(coverSheetDocument(cover));
  return { ...rendered, formPageCount: cover.formPageCount, sealing: cover.sealing };
}

// Everything to print for sealing: per recipient, its cover followed by a copy of the form.
export async function renderSealedPackage(renderer: PdfRenderer, input: SealingInput): Promise<SealedPdf> {
  const cover = await prepareCovers(renderer, input);
  const rendered = await renderer.render(sealedPackageDocument(cover));
  const expected = cover.sealing.recipients.length * (cover.formPageCount + 1);
  // The page numbers in the package assume every copy lays out exactly like the form alone.
  if (rendered.pageCount !== expected) throw new Error(`sealed package has ${rendered.pageCount} pages, expected ${expected}`);
  return { ...rendered, formPageCount: cover.formPageCount, sealing: cover.sealing };
}
