import { execFileSync } from 'node:child_process';

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
