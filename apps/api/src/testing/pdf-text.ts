import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';

// pdf.js (inside pdf-parse) loads its worker with a dynamic import, which Jest's module sandbox refuses; a plain
// Node process reads the PDF instead.
const PROGRAM = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk)).on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(chunks) });
  process.stdout.write((await parser.getText()).text);
  await parser.destroy();
});`;

/** The text of a PDF, as a reader extracting it would get it. */
export function pdfText(pdf: Buffer): string {
  return execFileSync(process.execPath, ['-e', PROGRAM], {
    input: pdf,
    maxBuffer: 64 * 1024 * 1024,
  }).toString('utf8');
}

/** A PDF's words as one line: a PDF breaks long lines where the page ends, and a reader reads across them. */
export function pdfWords(pdf: Buffer): string {
  return pdfText(pdf).replace(/\s+/g, ' ');
}

/** The words of a DOCX's body, as one line. */
export async function docxWords(docx: Buffer): Promise<string> {
  const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}
