// A corpus document's bytes in its format, made as a municipality's office software would: plain UTF-8 text, a
// PDF with its text as text (not an image), a Word document.
import { Document, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';
import type { CorpusDocument } from './corpus-entry';

function pdfBytes(text: string): Promise<Buffer> {
  const pdf = new PDFDocument();
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.text(text);
  pdf.end();
  return done;
}

export function documentBytes(document: CorpusDocument): Promise<Buffer> {
  switch (document.format) {
    case 'txt':
      return Promise.resolve(Buffer.from(`${document.text}\n`, 'utf8'));
    case 'pdf':
      return pdfBytes(document.text);
    case 'docx':
      return Packer.toBuffer(
        new Document({ sections: [{ children: [new Paragraph({ text: document.text })] }] }),
      );
  }
}
