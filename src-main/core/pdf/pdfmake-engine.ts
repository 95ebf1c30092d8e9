import { createRequire } from 'node:module';
import { KEEP_TOGETHER, KEEP_WITH_NEXT, type Content, type ContentNode, type DocDefinition, type PagePlace, type PageSize } from './doc-definition.ts';
import type { FontkitFont } from './fonts/font-store.ts';

// pdfmake's own Printer reads and parses every font file again for each document, and pdfkit's font factory
// offers no way to hand it a parsed font. So this module drives pdfmake's layout engine and renderer itself
// (the same steps as Printer.createPdfKitDocument) with a document class that embeds fonts parsed once per
// process. pdfmake and pdfkit are pinned to exact versions in package.json because these are their internals.

interface PdfKitLike {
  options: Record<string, unknown>;
  _fontCount: number;
  _fontFamilies: Record<string, unknown>;
  font(src: Uint8Array): { _font: object };
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end' | 'error', listener: (error?: unknown) => void): void;
  end(): void;
}

interface PdfmakeDocumentClass {
  new (
    fonts: object,
    images: object,
    patterns: object,
    attachments: object,
    options: Record<string, unknown>,
    virtualfs: null,
    localAccessPolicy: (path: string) => boolean,
  ): PdfKitLike & { getFontType(bold: boolean, italics: boolean): string };
}

type PdfmakePageFunction = (currentPage: number) => Content;

interface PdfmakeNodeInfo {
  headlineLevel?: number;
  pageNumbers: number[];
  // verticalRatio: how far down the type area the node begins, from 0 at its top.
  startPosition: { top: number; verticalRatio: number };
}

type PdfmakePageBreakBefore = (node: PdfmakeNodeInfo, query: { getFollowingNodesOnPage(): PdfmakeNodeInfo[] }) => boolean;

interface LayoutBuilderInstance {
  registerTableLayouts(layouts: object): void;
  layoutDocument(
    content: Content,
    document: PdfKitLike,
    styles: object,
    defaultStyle: object,
    background: undefined,
    header: undefined,
    footer: PdfmakePageFunction | undefined,
    watermark: undefined,
    pageBreakBefore: PdfmakePageBreakBefore,
  ): unknown[];
}

interface PdfmakeInternals {
  PdfmakeDocument: PdfmakeDocumentClass;
  LayoutBuilder: new (pageSize: object, pageMargins: object, svgMeasure: object) => LayoutBuilderInstance;
  Renderer: new (document: PdfKitLike, progressCallback: undefined) => { renderPages(pages: unknown[]): void };
  SVGMeasure: new () => object;
  tableLayouts: object;
  normalizePageSize(size: PageSize): PageSize;
  normalizePageMargin(margins: readonly number[]): object;
  PdfKit: new (options: Record<string, unknown>) => PdfKitLike;
}

let internals: PdfmakeInternals | undefined;

// Loaded on first use, so the cost of loading pdfmake falls on the first document, not on starting the app.
function pdfmakeInternals(): PdfmakeInternals {
  if (internals) return internals;
  const require = createRequire(import.meta.url);
  const pageSize = require('pdfmake/js/PageSize.js') as Pick<PdfmakeInternals, 'normalizePageSize' | 'normalizePageMargin'>;
  internals = {
    PdfmakeDocument: (require('pdfmake/js/PDFDocument.js') as { default: PdfmakeDocumentClass }).default,
    LayoutBuilder: (require('pdfmake/js/LayoutBuilder.js') as { default: PdfmakeInternals['LayoutBuilder'] }).default,
    Renderer: (require('pdfmake/js/Renderer.js') as { default: PdfmakeInternals['Renderer'] }).default,
    SVGMeasure: (require('pdfmake/js/SVGMeasure.js') as { default: PdfmakeInternals['SVGMeasure'] }).default,
    tableLayouts: (require('pdfmake/js/tableLayouts.js') as { tableLayouts: object }).tableLayouts,
    normalizePageSize: pageSize.normalizePageSize,
    normalizePageMargin: pageSize.normalizePageMargin,
    PdfKit: require('pdfkit') as PdfmakeInternals['PdfKit'],
  };
  return internals;
}

type EmbeddedFontClass = new (document: PdfKitLike, font: FontkitFont, id: string) => object;
let embeddedFontClass: EmbeddedFontClass | undefined;

interface FontkitFormats {
  registerFormat(format: { probe(bytes: Uint8Array): boolean }): void;
}

// Bytes no font format begins with: fontkit hands them to the format registered below.
const HANDOVER_MARK = new TextEncoder().encode('liuhen:handover');
let handedOver: FontkitFont | undefined;

// pdfkit does not export its EmbeddedFont class; it is taken once from a font opened in a scratch document that
// is never written out. pdfkit opens fonts only from bytes, through fontkit, which would parse them again and,
// for a font read without its CFF table (font-file.ts), fail; so fontkit is given one more format, recognised
// by HANDOVER_MARK, that answers with the font already parsed.
function embeddedFont(any: EngineFont): EmbeddedFontClass {
  if (embeddedFontClass) return embeddedFontClass;
  const engine = pdfmakeInternals();
  // A constructor that returns an object makes `new` answer that object: fontkit calls `new format(stream)`.
  function Handover(): FontkitFont {
    if (!handedOver) throw new Error('no font handed over');
    return handedOver;
  }
  (createRequire(import.meta.url)('fontkit') as FontkitFormats).registerFormat(
    Object.assign(Handover, { probe: (bytes: Uint8Array) => bytes.length === HANDOVER_MARK.length && bytes.every((byte, index) => byte === HANDOVER_MARK[index]) }),
  );
  // No default font: pdfkit would otherwise parse Helvetica's metrics file for a document that draws nothing.
  const scratch = new engine.PdfKit({ autoFirstPage: false, font: null });
  handedOver = any.font;
  try {
    embeddedFontClass = scratch.font(HANDOVER_MARK)._font.constructor as EmbeddedFontClass;
  } finally {
    handedOver = undefined;
  }
  return embeddedFontClass;
}

export interface EngineFont {
  font: FontkitFont;
  file: string;
  postscriptName?: string;
}

// Where an anchored node (one with an `anchor` name, see doc-definition.ts) began and ended, as laid out, and
// whether it begins at the top of its page. Positions inside pdfmake's unbreakable blocks (`unbreakable`,
// `dontBreakRows`) are those before the block was moved to its page: anchor only what contains none.
export interface AnchorPlace {
  first: PagePlace;
  last: PagePlace;
  startsPage: boolean;
}

export interface EngineOutput {
  bytes: Uint8Array;
  pageCount: number;
  // Pages each part of the document took, in the order of its parts.
  partPageCounts: number[];
  // By anchor name; where a name occurs more than once (each copy of the form in a package), its first occurrence.
  anchors: ReadonlyMap<string, AnchorPlace>;
}

interface AnchoredNode extends ContentNode {
  anchor: string;
  positions?: { pageNumber: number; verticalRatio: number }[];
}

// The anchored nodes in document order. pdfmake records positions on the very objects it is given, so these
// are read back once the document is laid out.
function anchoredNodes(content: Content): AnchoredNode[] {
  if (typeof content === 'string') return [];
  if (Array.isArray(content)) return content.flatMap((item: Content) => anchoredNodes(item));
  const node = content as ContentNode;
  const own = typeof node['anchor'] === 'string' ? [node as AnchoredNode] : [];
  const children = ['stack', 'columns', 'text'].flatMap((key) => {
    const value = node[key];
    return Array.isArray(value) ? (value as Content[]) : [];
  });
  const table = node['table'] as { body: Content[][] } | undefined;
  return [...own, ...children.flatMap(anchoredNodes), ...(table ? table.body.flat().flatMap(anchoredNodes) : [])];
}

// Below this share of the type area, a block is at the top of its page: moving it on would not help.
const TOP_OF_PAGE_RATIO = 0.05;

// pdfmake asks this of every node, in document order, once laid out; a yes moves the node to the next page and
// lays the document out again. Footers, laid out apart, report positions of their own block, above any heading:
// only what follows lower down on the page counts as following it.
const keepRules: PdfmakePageBreakBefore = (node, query) => {
  if (node.headlineLevel === KEEP_WITH_NEXT) {
    return !query.getFollowingNodesOnPage().some((next) => next.startPosition.top > node.startPosition.top);
  }
  if (node.headlineLevel === KEEP_TOGETHER) return node.pageNumbers.length > 1 && node.startPosition.verticalRatio > TOP_OF_PAGE_RATIO;
  return false;
};

// A node of our own around each part; pdfmake leaves on it where each line or element of the part went.
interface PartNode extends ContentNode {
  stack: Content[];
  pageBreak?: 'before';
  positions?: { pageNumber: number }[];
}

// Each part is wrapped in a node that starts a fresh page; once laid out, its positions say on which page the part
// starts. So a page's part and its number within the part are read off the layout, never predicted from how
// long each part was expected to be.
function partsLayout(parts: readonly Content[]) {
  const nodes: PartNode[] = parts.map((part, index) => ({ stack: [part], ...(index > 0 ? { pageBreak: 'before' } : {}) }));
  const firstPages = () =>
    nodes.map((node) => (node.positions ?? []).reduce((first, { pageNumber }) => Math.min(first, pageNumber), Infinity));
  const placeOf = (page: number, starts = firstPages()): PagePlace => {
    const part = starts.findLastIndex((first) => first <= page);
    return { page, part, pageInPart: page - (starts[part] as number) + 1 };
  };
  return {
    content: nodes,
    placeOf,
    partPageCounts(pageCount: number): number[] {
      const starts = firstPages();
      const places = Array.from({ length: pageCount }, (_, index) => placeOf(index + 1, starts));
      return nodes.map((_, part) => places.filter((place) => place.part === part).length);
    },
  };
}

// Lays out and writes one document. `fontFor` gives the parsed font of each family the definition names.
export async function renderWithPdfmake(doc: DocDefinition, fontFor: (family: string) => EngineFont): Promise<EngineOutput> {
  const engine = pdfmakeInternals();
  const EmbeddedFont = embeddedFont(fontFor(doc.defaultStyle.font));

  class SharedFontDocument extends engine.PdfmakeDocument {
    private readonly embedded = new Map<string, object>();

    provideFont(family: string, bold: boolean, italics: boolean): object {
      // Every role has one face: emphasis comes from the role's typeface (黑体 headings), never synthetic bold.
      if (bold || italics) throw new Error(`font ${family}: bold and italics are not used in these documents`);
      const cached = this.embedded.get(family);
      if (cached) return cached;
      const entry = fontFor(family);
      this._fontCount += 1;
      const id = `F${this._fontCount}`;
      const font = new EmbeddedFont(this, entry.font, id);
      // pdfkit embeds (subsets) every font in _fontFamilies when the document ends.
      this._fontFamilies[id] = font;
      this.embedded.set(family, font);
      return font;
    }
  }

  const pageSize = engine.normalizePageSize({ width: 595.28, height: 841.89 });
  const { info } = doc;
  const pdfDocument = new SharedFontDocument({}, {}, {}, {}, {
    size: [pageSize.width, pageSize.height],
    pdfVersion: '1.7',
    compress: true,
    lang: 'zh-CN',
    fontLayoutCache: true,
    bufferPages: false,
    autoFirstPage: false,
    font: null,
    info: {
      Title: info.title,
      Subject: info.subject,
      Keywords: info.keywords,
      Creator: '留痕',
      Producer: '留痕（pdfmake）',
      CreationDate: info.creationDate,
      ModDate: info.creationDate,
    },
  }, null, () => false);

  const builder = new engine.LayoutBuilder(pageSize, engine.normalizePageMargin(doc.pageMargins), new engine.SVGMeasure());
  builder.registerTableLayouts(engine.tableLayouts);
  const parts = partsLayout(doc.parts);
  const anchored = anchoredNodes(parts.content);
  const { footer } = doc;
  // pdfmake asks for footers after it has laid out all the content, so every part's first page is known by then.
  const pages = builder.layoutDocument(
    parts.content,
    pdfDocument,
    {},
    doc.defaultStyle,
    undefined,
    undefined,
    footer && ((currentPage) => footer(parts.placeOf(currentPage))),
    undefined,
    keepRules,
  );
  new engine.Renderer(pdfDocument, undefined).renderPages(pages);

  const chunks: Uint8Array[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    pdfDocument.on('data', (chunk) => chunks.push(chunk));
    pdfDocument.on('end', () => resolve());
    pdfDocument.on('error', (error) => reject(error instanceof Error ? error : new Error(String(error))));
  });
  pdfDocument.end();
  await finished;
  const anchors = new Map<string, AnchorPlace>();
  for (const node of anchored) {
    const positions = node.positions ?? [];
    const [start] = positions;
    if (anchors.has(node.anchor) || start === undefined) continue;
    const pageNumbers = positions.map(({ pageNumber }) => pageNumber);
    anchors.set(node.anchor, {
      first: parts.placeOf(Math.min(...pageNumbers)),
      last: parts.placeOf(Math.max(...pageNumbers)),
      startsPage: start.verticalRatio < TOP_OF_PAGE_RATIO,
    });
  }
  return {
    bytes: new Uint8Array(Buffer.concat(chunks)),
    pageCount: pages.length,
    partPageCounts: parts.partPageCounts(pages.length),
    anchors,
  };
}
