// Printing is the OS's job, injected like the file dialogs: the shell shows the PDF in a print preview, tests
// record what would have been printed.
export interface Printer {
  showPrintPreview(pdf: Uint8Array, title: string): Promise<void>;
}
