import type { DocDefinition, PageFunction, PagePlace } from './doc-definition.ts';
import { coverPage } from './cover-sheet.ts';
import { OFFICIAL_MARGINS, SIZE, verificationFooter } from './document-parts.ts';
import { recordFormContent, recordInfo, verificationIds, type FormLayout, type RecordFormInput } from './record-form.ts';
import type { SealingFacts } from './sealing-facts.ts';
import { transmittalSheet, type SheetDensity } from './transmittal-sheet.ts';

export interface SealedPackageInput extends RecordFormInput {
  sealing: SealingFacts;
  // Pages of the 记录表 inside the envelope and its layout, from the form rendered on its own: each copy in the
  // package begins on a fresh page, so it is laid out the same.
  formPageCount: number;
  formLayout: FormLayout;
}

function packageInfo(input: RecordFormInput) {
  return recordInfo(input, '领导干部插手干预重大事项情况记录表（密封报送件）');
}

const docShape = {
  pageMargins: OFFICIAL_MARGINS,
  defaultStyle: { font: 'body', fontSize: SIZE.wu, lineHeight: 1.15 },
} as const;

// Per recipient, `partsPerCopy` parts in a row: the cover first, then the 报送单, then (in a package) the form.
// The cover has no footer at all; the 报送单 carries 编号 and fingerprint but no page number (it is not a page of
// the form); the form numbers its own pages from 1 and alone carries the handler's key, which its signature vouches
// for.
function packageFooter(input: SealedPackageInput, partsPerCopy: number): PageFunction {
  const ids = verificationIds(input);
  const sheet = verificationFooter({ recordId: ids.recordId, version: ids.version, fingerprint: ids.fingerprint }, () => undefined);
  const form = verificationFooter(ids, ({ pageInPart }: PagePlace) => pageInPart);
  return (place) => {
    const role = place.part % partsPerCopy;
    if (role === 0) return '';
    return role === 1 ? sheet(place) : form(place);
  };
}

function copyParts(input: SealedPackageInput, density: SheetDensity) {
  return input.sealing.recipients.map((recipient, index) => {
    const copy = { recipient, copy: index + 1 };
    return [
      coverPage({ recordId: input.recordId, ...copy, copies: input.sealing.recipients.length }),
      transmittalSheet({ ...input, ...copy }, density),
    ];
  });
}

// The covers and 报送单 alone, a page each per recipient, to print on envelopes or labels.
export function coverSheetDocument(input: SealedPackageInput, density: SheetDensity): DocDefinition {
  return { ...docShape, info: packageInfo(input), parts: copyParts(input, density).flat(), footer: packageFooter(input, 2) };
}

// What goes into the envelopes, in printing order: for each recipient its cover, its 报送单, then a whole copy of
// the form with its own page numbers. Page numbers come from the layout itself, so they stay right whatever length
// each part turns out to have.
export function sealedPackageDocument(input: SealedPackageInput, density: SheetDensity): DocDefinition {
  const form = recordFormContent(input.record, input.formLayout);
  return {
    ...docShape,
    info: packageInfo(input),
    parts: copyParts(input, density).flatMap((parts) => [...parts, form]),
    footer: packageFooter(input, 3),
  };
}
