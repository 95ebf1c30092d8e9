import type { FontRole } from './fonts/font-roles.ts';

// The slice of pdfmake's document definition the builders use. Nodes name a font role (never a file) and never
// a named style, so the font a run of text is set in is always visible where the text is. Two keys do more than
// pdfmake makes of them: a stack node with `anchor: name` reports the pages it was laid out on
// (RenderedPdf.anchors), and `headlineLevel`, which pdfmake hands to the page-break rule untouched, says how a node
// keeps with its neighbours (KEEP_WITH_NEXT, KEEP_TOGETHER; pdfmake-engine.ts).
export type Content = string | ContentNode | readonly Content[];

export interface ContentNode {
  readonly [key: string]: unknown;
}

export interface PageSize {
  width: number;
  height: number;
}

// Where a page sits, as laid out (never predicted): its number in the file, the document part it belongs to
// (0-based, in the order of `parts`) and its number within that part, counted from 1.
export interface PagePlace {
  page: number;
  part: number;
  pageInPart: number;
}

export type PageFunction = (place: PagePlace) => Content;

export interface PdfInfo {
  title: string;
  subject: string;
  keywords: string;
  // From the injected clock: it is written into the file and seeds the file ID, so it decides determinism.
  creationDate: Date;
}

export interface DocDefinition {
  info: PdfInfo;
  // left, top, right, bottom, in points.
  pageMargins: readonly [number, number, number, number];
  defaultStyle: { font: FontRole; fontSize: number; lineHeight?: number };
  // Each part starts on a fresh page and takes as many pages as it needs: the form alone is one part; a sealed
  // package is, per recipient, a cover and a copy of the form.
  parts: readonly Content[];
  footer?: PageFunction;
}

// A heading: never the last thing on its page; it moves on with the text it introduces.
export const KEEP_WITH_NEXT = 1;
// A block that moves to the next page whole when it would break (pdfmake's own `unbreakable` keeps only the first
// page of a block taller than a page, and reports the block's positions before the move).
export const KEEP_TOGETHER = 2;

export const MM = 72 / 25.4;
export const A4: PageSize = { width: 595.28, height: 841.89 };
