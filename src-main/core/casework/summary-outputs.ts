import type { AnnualSummary } from '../../shared/casework/annual-summary.ts';
import type { PdfRenderer, RenderedPdf } from '../pdf/pdf-renderer.ts';
import { summaryDocument } from './summary-document.ts';
import { summaryWorkbook } from './summary-workbook.ts';

export interface SummaryOutputs {
  pdf: RenderedPdf;
  xlsx: Uint8Array;
}

// The summary on paper (to sign) and as a workbook (to add up), from the same figures at the same instant.
export async function summaryOutputs(renderer: PdfRenderer, summary: AnnualSummary, at: Date): Promise<SummaryOutputs> {
  const [pdf, xlsx] = await Promise.all([
    renderer.render(summaryDocument({ summary, printedAt: at })),
    summaryWorkbook({ summary, createdAt: at }),
  ]);
  return { pdf, xlsx };
}
