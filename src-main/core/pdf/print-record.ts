import type { Calendar } from '../../shared/calendar/calendar.ts';
import { chinaDateOf } from '../../shared/calendar/iso-date.ts';
import type { PdfRenderer, RenderedPdf } from './pdf-renderer.ts';
import { recordFormDocument, type RecordFormInput } from './record-form.ts';
import { coverSheetDocument, sealedPackageDocument, type SealedPackageInput } from './sealed-package.ts';
import { sealingFacts, type SealingFacts } from './sealing-facts.ts';
import { SHEET_DENSITIES, type SheetDensity } from './transmittal-sheet.ts';

export interface SealingInput extends RecordFormInput {
  unitHasDisciplineBody: boolean;
  // The unit body's own name from the unit settings, for its envelope.
  unitDisciplineBodyName?: string;
  calendar: Calendar;
}

export interface SealedPdf extends RenderedPdf {
  formPageCount: number;
  sealing: SealingFacts;
}

export function renderRecordForm(renderer: PdfRenderer, input: RecordFormInput): Promise<RenderedPdf> {
  return renderer.render(recordFormDocument(input));
}

// The 报送单 says how many pages the form has, so the form is laid out first; the envelope is sealed the day it
// is printed.
async function prepareCovers(renderer: PdfRenderer, input: SealingInput): Promise<SealedPackageInput> {
  const form = await renderRecordForm(renderer, input);
  const sealing = sealingFacts(input.record, {
    unitHasDisciplineBody: input.unitHasDisciplineBody,
    ...(input.unitDisciplineBodyName === undefined ? {} : { unitDisciplineBodyName: input.unitDisciplineBodyName }),
    calendar: input.calendar,
    printedOn: chinaDateOf(input.printedAt),
  });
  return { ...input, sealing, formPageCount: form.pageCount };
}

// Every cover and 报送单 must fit its one page, whatever the record holds: they are laid out at the roomiest
// density at which each of them does.
async function fitCovers(renderer: PdfRenderer, cover: SealedPackageInput): Promise<{ density: SheetDensity; covers: RenderedPdf }> {
  const fits = ({ partPageCounts }: RenderedPdf) => partPageCounts.every((pages) => pages === 1);
  const [roomiest, ...tighter] = SHEET_DENSITIES;
  let fitted = { density: roomiest, covers: await renderer.render(coverSheetDocument(cover, roomiest)) };
  for (const density of tighter) {
    if (fits(fitted.covers)) break;
    fitted = { density, covers: await renderer.render(coverSheetDocument(cover, density)) };
  }
  return fitted;
}

// The covers and 报送单 alone, a page each per recipient.
export async function renderCoverSheets(renderer: PdfRenderer, input: SealingInput): Promise<SealedPdf> {
  const cover = await prepareCovers(renderer, input);
  const { covers } = await fitCovers(renderer, cover);
  return { ...covers, formPageCount: cover.formPageCount, sealing: cover.sealing };
}

// Everything to print for sealing: per recipient, its cover, its 报送单 and a copy of the form.
export async function renderSealedPackage(renderer: PdfRenderer, input: SealingInput): Promise<SealedPdf> {
  const cover = await prepareCovers(renderer, input);
  const { density } = await fitCovers(renderer, cover);
  const rendered = await renderer.render(sealedPackageDocument(cover, density));
  return { ...rendered, formPageCount: cover.formPageCount, sealing: cover.sealing };
}
