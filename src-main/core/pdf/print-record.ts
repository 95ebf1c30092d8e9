import type { Calendar } from '../../shared/calendar/calendar.ts';
import { chinaDateOf } from '../../shared/calendar/iso-date.ts';
import type { UnitSettings } from '../../shared/form/unit-settings.ts';
import {
  COVER_DENSITIES,
  coverSheetDocument,
  sealedPackageDocument,
  sealingFacts,
  type CoverDensity,
  type CoverSheetInput,
  type SealingFacts,
} from './cover-sheet.ts';
import type { PdfRenderer, RenderedPdf } from './pdf-renderer.ts';
import { recordFormDocument, type RecordFormInput } from './record-form.ts';

// The unit's settings decide the recipients, so one cover each.
export interface SealingInput extends RecordFormInput, UnitSettings {
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
async function prepareCovers(renderer: PdfRenderer, input: SealingInput): Promise<CoverSheetInput> {
  const form = await renderRecordForm(renderer, input);
  const sealing = sealingFacts(input.record, {
    unit: input,
    calendar: input.calendar,
    sealedOn: chinaDateOf(input.printedAt),
  });
  return { ...input, sealing, formPageCount: form.pageCount };
}

// Every cover must fit its one page, whatever the record holds: the covers are laid out at the roomiest density
// at which each of them does.
async function fitCovers(renderer: PdfRenderer, cover: CoverSheetInput): Promise<{ density: CoverDensity; covers: RenderedPdf }> {
  const fits = ({ partPageCounts }: RenderedPdf) => partPageCounts.every((pages) => pages === 1);
  const [roomiest, ...tighter] = COVER_DENSITIES;
  let fitted = { density: roomiest, covers: await renderer.render(coverSheetDocument(cover, roomiest)) };
  for (const density of tighter) {
    if (fits(fitted.covers)) break;
    fitted = { density, covers: await renderer.render(coverSheetDocument(cover, density)) };
  }
  return fitted;
}

// The covers alone, one page per recipient, to print on envelopes or labels.
export async function renderCoverSheets(renderer: PdfRenderer, input: SealingInput): Promise<SealedPdf> {
  const cover = await prepareCovers(renderer, input);
  const { covers } = await fitCovers(renderer, cover);
  return { ...covers, formPageCount: cover.formPageCount, sealing: cover.sealing };
}

// Everything to print for sealing: per recipient, its cover followed by a copy of the form.
export async function renderSealedPackage(renderer: PdfRenderer, input: SealingInput): Promise<SealedPdf> {
  const cover = await prepareCovers(renderer, input);
  const { density } = await fitCovers(renderer, cover);
  const rendered = await renderer.render(sealedPackageDocument(cover, density));
  return { ...rendered, formPageCount: cover.formPageCount, sealing: cover.sealing };
}
