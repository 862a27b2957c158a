import ExcelJS from 'exceljs';
import { EXPORT_TEXTS, minutesDate, type IsoDate, type ReaderLanguage } from '@aloite/domain';
import { csvFile } from '../documents/spreadsheet-cells';

export interface ExportRow {
  diaryNumber: string;
  title: string;
  state: string;
  submittedOn: IsoDate;
  firstSigner: string | null;
  signatoryCount: number;
  bodies: string[];
  nextDeadline: IsoDate | null;
}

function header(language: ReaderLanguage): string[] {
  const { columns } = EXPORT_TEXTS[language];
  return [
    columns.diaryNumber,
    columns.title,
    columns.state,
    columns.submitted,
    columns.firstSigner,
    columns.signatoryCount,
    columns.bodies,
    columns.nextDeadline,
  ];
}

export function listCsv(rows: readonly ExportRow[], language: ReaderLanguage): Buffer {
  return csvFile([
    header(language),
    ...rows.map((row) => [
      row.diaryNumber,
      row.title,
      row.state,
      minutesDate(row.submittedOn),
      row.firstSigner ?? '',
      String(row.signatoryCount),
      row.bodies.join(', '),
      row.nextDeadline ? minutesDate(row.nextDeadline) : '',
    ]),
  ]);
}

const asDate = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

/**
 * Dates and the count are typed cells, so the sheet sorts and filters them; every text is a string cell, which
 * Excel shows as typed and never evaluates (OWASP's advice for XLSX), so a title keeps its own first character.
 */
export async function listXlsx(rows: readonly ExportRow[], language: ReaderLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(EXPORT_TEXTS[language].fileName);
  sheet.addRow(header(language)).font = { bold: true };
  for (const row of rows) {
    sheet.addRow([
      row.diaryNumber,
      row.title,
      row.state,
      asDate(row.submittedOn),
      row.firstSigner ?? '',
      row.signatoryCount,
      row.bodies.join(', '),
      row.nextDeadline ? asDate(row.nextDeadline) : null,
    ]);
  }
  for (const column of [4, 8]) sheet.getColumn(column).numFmt = 'd.m.yyyy';
  sheet.columns.forEach((column, index) => (column.width = [18, 50, 28, 12, 28, 12, 40, 14][index]));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
