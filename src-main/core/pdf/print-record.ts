import type { Calendar } from '../../shared/calendar/calendar.ts';
import { chinaDateOf } from '../../shared/calendar/iso-date.ts';
import type { UnitSettings } from '../../shared/form/unit-settings.ts';
import type { PdfRenderer, RenderedPdf } from './pdf-renderer.ts';
import {
  CONTINUED_FIELDS,
  FIRST_LAYOUT,
  FORM_TAIL_ANCHOR,
  continuationAnchor,
  recordFormDocument,
  type FormLayout,
  type RecordFormInput,
} from './record-form.ts';
import { coverSheetDocument, sealedPackageDocument, type SealedPackageInput } from './sealed-package.ts';
import { sealingFacts, type SealingFacts } from './sealing-facts.ts';
import { SHEET_DENSITIES, type SheetDensity } from './transmittal-sheet.ts';

// The unit's settings decide the recipients, so one cover each.
export interface SealingInput extends RecordFormInput, UnitSettings {
  // The unit body's own name from the unit settings, for its envelope.
  unitDisciplineBodyName?: string;
  calendar: Calendar;
}

export interface SealedPdf extends RenderedPdf {
  formPageCount: number;
  sealing: SealingFacts;
}

export interface RenderedForm extends RenderedPdf {
  layout: FormLayout;
}

// A layout changes the next only through page numbers in "（续见附页第N页）" and a repeated header row, which
// settle at once; the bound only guards against a layout that would flip back and forth.
const LAYOUT_PASSES_MAX = 4;

// What the form's own layout says about itself: where each 附页 section begins (in printed page numbers, which
// count from the form's first page) and whether the last row's block begins a page.
function layoutOf(pdf: RenderedPdf, input: RecordFormInput): FormLayout {
  const continuationPages = new Map<string, number>();
  input.record.entries.forEach((_, index) => {
    for (const field of CONTINUED_FIELDS) {
      const anchor = continuationAnchor(index + 1, field);
      const place = pdf.anchors.get(anchor);
      if (place) continuationPages.set(anchor, place.first.pageInPart);
    }
  });
  return { continuationPages, tailStartsPage: pdf.anchors.get(FORM_TAIL_ANCHOR)?.startsPage ?? false };
}

function sameLayout(a: FormLayout, b: FormLayout): boolean {
  return (
    a.tailStartsPage === b.tailStartsPage &&
    a.continuationPages.size === b.continuationPages.size &&
    [...a.continuationPages].every(([anchor, page]) => b.continuationPages.get(anchor) === page)
  );
}

// The form is laid out until what it says about its own pages is what it finds: once for a record with no 附页
// whose last row stays on the page before, twice otherwise.
export async function renderRecordForm(renderer: PdfRenderer, input: RecordFormInput): Promise<RenderedForm> {
  let layout = FIRST_LAYOUT;
  for (let pass = 1; ; pass += 1) {
    const pdf = await renderer.render(recordFormDocument(input, layout));
    const found = layoutOf(pdf, input);
    if (sameLayout(found, layout) || pass === LAYOUT_PASSES_MAX) return { ...pdf, layout };
    layout = found;
  }
}

// The 报送单 says how many pages the form has, so the form is laid out first; the envelope is sealed the day it
// is printed.
async function prepareCovers(renderer: PdfRenderer, input: SealingInput): Promise<SealedPackageInput> {
  const form = await renderRecordForm(renderer, input);
  const sealing = sealingFacts(input.record, {
    unit: input,
    ...(input.unitDisciplineBodyName === undefined ? {} : { unitDisciplineBodyName: input.unitDisciplineBodyName }),
    calendar: input.calendar,
    printedOn: chinaDateOf(input.printedAt),
  });
  return { ...input, sealing, formPageCount: form.pageCount, formLayout: form.layout };
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
