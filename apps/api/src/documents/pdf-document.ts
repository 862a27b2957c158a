import PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;

/** An A4 PDF with the documents' margins, drawn by `draw`, as one buffer. */
export function pdfDocument(
  info: { Title?: string; Author?: string },
  draw: (pdf: Pdf) => void,
): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 56, info });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  draw(pdf);
  pdf.end();
  return done;
}

/** The documents' heading: the municipality's line, then the title in bold. */
export function pdfHeading(pdf: Pdf, above: string, title: string): void {
  pdf.font('Helvetica').fontSize(10).text(above);
  pdf.moveDown().font('Helvetica-Bold').fontSize(15).text(title);
}
