import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';
import { minutesDate } from '@aloite/domain';
import type { AnnualList } from './annual-list.service';

// The annual list as a board agenda item, in Finnish: title, preparer, the list, the proposal.

const COLUMNS = ['Diaarinumero', 'Aloite', 'Jätetty', 'Ensimmäinen allekirjoittaja', 'Vaihe', 'Toimenpiteet'];

function rows(list: AnnualList): string[][] {
  return list.items.map((item) => [
    item.diaryNumber,
    item.title,
    minutesDate(item.submittedOn),
    item.firstSigner ?? '',
    item.lapseEligible ? `${item.stage} (raukeaa, ellei valtuusto toisin päätä)` : item.stage,
    item.measures.join('\n'),
  ]);
}

function introduction(list: AnnualList): string {
  return (
    `Kuntalain 23 §:n mukaan kaupunginhallituksen on vuosittain esitettävä valtuustolle luettelo valtuutettujen ` +
    `tekemistä aloitteista, joiden käsittely on kesken, sekä niiden johdosta tehdyistä toimenpiteistä ` +
    `(${list.rule}). Luettelossa ovat ${minutesDate(list.cutoff)} mennessä jätetyt aloitteet, joiden käsittely ei ` +
    `ollut päättynyt tuolloin: ${list.items.length} aloitetta.`
  );
}

/**
 * OWASP's CSV injection advice: a cell beginning with = + - @ tab or CR is a formula to a spreadsheet, so it gets a
 * leading apostrophe. The list has no number columns, so "-30 % päästöistä" is text and is prefixed like the rest.
 */
function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Semicolon-separated with a byte-order mark: Excel in a Finnish locale opens it as columns, with ä and ö intact. */
export function annualListCsv(list: AnnualList): Buffer {
  const cell = (value: string) => `"${inertCell(value).replace(/"/g, '""')}"`;
  const lines = [COLUMNS, ...rows(list)].map((row) => row.map(cell).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export function annualListPdf(list: AnnualList, preparer: string): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: list.title, Author: list.municipality },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.font('Helvetica').fontSize(10).text(`${list.municipality} · Kaupunginhallitus`);
  pdf.moveDown().font('Helvetica-Bold').fontSize(15).text(list.title);
  pdf.moveDown(0.5).font('Helvetica').fontSize(10).text(`Valmistelija: ${preparer}`);
  pdf.moveDown().fontSize(11).text(introduction(list));
  for (const [diaryNumber, title, submitted, signer, stage, measures] of rows(list)) {
    pdf.moveDown().font('Helvetica-Bold').text(`${diaryNumber}  ${title}`);
    pdf.font('Helvetica').text(`Jätetty ${submitted}${signer ? `, ${signer}` : ''}. Vaihe: ${stage}.`);
    if (measures) pdf.fontSize(10).text(`Toimenpiteet:\n${measures}`).fontSize(11);
  }
  pdf.moveDown().font('Helvetica-Bold').text('Ehdotus');
  pdf.font('Helvetica').text(list.proposal);
  pdf.end();
  return done;
}

export function annualListDocx(list: AnnualList, preparer: string): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: COLUMNS.map(
      (column) =>
        new TableCell({
          children: [new Paragraph({ children: [new TextRun({ text: column, bold: true })] })],
        }),
    ),
  });
  const body = rows(list).map(
    (row) =>
      new TableRow({
        children: row.map(
          (value) =>
            new TableCell({ children: value.split('\n').map((line) => new Paragraph({ text: line })) }),
        ),
      }),
  );
  const document = new Document({
    title: list.title,
    creator: list.municipality,
    sections: [
      {
        children: [
          new Paragraph({ text: `${list.municipality} · Kaupunginhallitus` }),
          new Paragraph({ text: list.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: `Valmistelija: ${preparer}` }),
          new Paragraph({ text: introduction(list) }),
          new Table({ rows: [header, ...body], width: { size: 100, type: WidthType.PERCENTAGE } }),
          new Paragraph({ text: 'Ehdotus', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: list.proposal, alignment: AlignmentType.LEFT }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
