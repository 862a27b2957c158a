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
  type ISectionOptions,
} from 'docx';
import { minutesDate, type AnnualListTexts } from '@aloite/domain';
import { csvFile } from '../documents/spreadsheet-cells';
import { pdfDocument, pdfHeading } from '../documents/pdf-document';
import type { AnnualListEdition } from './annual-list.service';

// The annual list as a board agenda item: title, preparer, the list, the proposal – once per language asked for,
// the majority language first.

function columns(texts: AnnualListTexts): string[] {
  const { diaryNumber, title, submitted, firstSigner, stage, measures } = texts.columns;
  return [diaryNumber, title, submitted, firstSigner, stage, measures];
}

function rows(edition: AnnualListEdition): string[][] {
  return edition.items.map((item) => [
    item.diaryNumber,
    item.title,
    minutesDate(item.submittedOn),
    item.firstSigner ?? '',
    item.lapseEligible ? `${item.stage} (${edition.texts.lapses})` : item.stage,
    item.measures.join('\n'),
  ]);
}

/**
 * In two languages a row is still one initiative: the columns whose text differs by language (stage, measures)
 * come once per language, and the others are headed in both, so the file sorts and filters as one table.
 */
export function annualListCsv(editions: readonly AnnualListEdition[]): Buffer {
  const [first, ...others] = editions;
  if (!first) throw new Error('An annual list is exported in at least one language.');
  const all = [first, ...others];
  const headers = all.map(({ texts }) => columns(texts));
  const header = [
    ...[0, 1, 2, 3].map((column) => [...new Set(headers.map((names) => names[column]))].join(' / ')),
    ...headers.flatMap((names) => names.slice(4)),
  ];
  const byLanguage = all.map(rows);
  const lines = rows(first).map((row, index) => [
    ...row.slice(0, 4),
    ...byLanguage.flatMap((languageRows) => languageRows[index]?.slice(4) ?? []),
  ]);
  return csvFile([header, ...lines]);
}

export function annualListPdf(editions: readonly AnnualListEdition[], preparer: string): Promise<Buffer> {
  const first = editions[0]?.texts;
  return pdfDocument({ Title: first?.title, Author: first?.municipality }, (pdf) =>
    editions.forEach((edition, index) => {
      const { texts } = edition;
      if (index > 0) pdf.addPage();
      pdfHeading(pdf, `${texts.municipality} · ${texts.board}`, texts.title);
      pdf.moveDown(0.5).font('Helvetica').fontSize(10).text(`${texts.preparer}: ${preparer}`);
      pdf.moveDown().fontSize(11).text(texts.introduction(edition.items.length));
      for (const [diaryNumber, title, submitted, signer, stage, measures] of rows(edition)) {
        pdf.moveDown().font('Helvetica-Bold').text(`${diaryNumber}  ${title}`);
        pdf
          .font('Helvetica')
          .text(
            `${texts.columns.submitted} ${submitted}${signer ? `, ${signer}` : ''}. ${texts.columns.stage}: ${stage}.`,
          );
        if (measures) pdf.fontSize(10).text(`${texts.columns.measures}:\n${measures}`).fontSize(11);
      }
      pdf.moveDown().font('Helvetica-Bold').text(texts.proposalHeading);
      pdf.font('Helvetica').text(texts.proposal);
    }),
  );
}

function docxSection(edition: AnnualListEdition, preparer: string): ISectionOptions {
  const { texts } = edition;
  const header = new TableRow({
    tableHeader: true,
    children: columns(texts).map(
      (column) =>
        new TableCell({
          children: [new Paragraph({ children: [new TextRun({ text: column, bold: true })] })],
        }),
    ),
  });
  const body = rows(edition).map(
    (row) =>
      new TableRow({
        children: row.map(
          (value) =>
            new TableCell({ children: value.split('\n').map((line) => new Paragraph({ text: line })) }),
        ),
      }),
  );
  return {
    children: [
      new Paragraph({ text: `${texts.municipality} · ${texts.board}` }),
      new Paragraph({ text: texts.title, heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: `${texts.preparer}: ${preparer}` }),
      new Paragraph({ text: texts.introduction(edition.items.length) }),
      new Table({ rows: [header, ...body], width: { size: 100, type: WidthType.PERCENTAGE } }),
      new Paragraph({ text: texts.proposalHeading, heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: texts.proposal, alignment: AlignmentType.LEFT }),
    ],
  };
}

export function annualListDocx(editions: readonly AnnualListEdition[], preparer: string): Promise<Buffer> {
  const first = editions[0]?.texts;
  const document = new Document({
    title: first?.title,
    creator: first?.municipality,
    // Each language is a section of its own, so the second starts on a new page.
    sections: editions.map((edition) => docxSection(edition, preparer)),
  });
  return Packer.toBuffer(document);
}
