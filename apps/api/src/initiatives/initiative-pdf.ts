import { EXPORT_TEXTS, inMeetingOrder, minutesDate, type ReaderLanguage } from '@aloite/domain';
import type { InitiativeRecord } from '@aloite/persistence';
import { pdfDocument, pdfHeading, type Pdf } from '../documents/pdf-document';

function section(pdf: Pdf, heading: string, lines: string[], none: string): void {
  pdf.moveDown().font('Helvetica-Bold').fontSize(12).text(heading);
  pdf.font('Helvetica').fontSize(10);
  for (const line of lines.length > 0 ? lines : [none]) pdf.moveDown(0.3).text(line);
}

/** An initiative on paper: its details, its handlings in meeting order, and the list of its documents. */
export function initiativePdf(
  record: InitiativeRecord,
  language: ReaderLanguage,
  bodyName: (bodyId: string) => string,
): Promise<Buffer> {
  const texts = EXPORT_TEXTS[language];
  const { columns } = texts;
  const handlings = inMeetingOrder(record.handlings);
  return pdfDocument({ Title: record.title }, (pdf) => {
    pdfHeading(pdf, `${record.diaryNumber} · ${texts.states[record.state]}`, record.title);
    const { filedAt } = record;
    const facts = [
      `${columns.diaryNumber}: ${record.diaryNumber}`,
      `${columns.state}: ${texts.states[record.state]}`,
      `${columns.submitted}: ${minutesDate(record.submittedOn)}`,
      `${texts.filedAt}: ${bodyName(filedAt.bodyId)} ${minutesDate(filedAt.date)} § ${filedAt.section}`,
      `${columns.signatoryCount}: ${record.signatoryCount}`,
      ...(record.dueAt ? [`${columns.nextDeadline}: ${minutesDate(record.dueAt)}`] : []),
    ];
    pdf.moveDown().font('Helvetica').fontSize(10).text(facts.join('\n'));
    const signatories = record.signatories.map(({ name, party }) => (party ? `${name} (${party})` : name));
    section(pdf, texts.signatories, [signatories.join(', ')].filter(Boolean), texts.none);
    section(pdf, texts.text, [record.text], texts.none);
    section(
      pdf,
      texts.handlings,
      handlings.map((handling) =>
        [
          `${minutesDate(handling.date)} ${bodyName(handling.bodyId)} § ${handling.section}`,
          handling.proposal,
          handling.decision,
        ]
          .filter(Boolean)
          .join('\n'),
      ),
      texts.none,
    );
    section(
      pdf,
      texts.documents,
      record.attachments.map(
        (attachment) => `${attachment.fileName} (${minutesDate(attachment.uploadedAt.slice(0, 10))})`,
      ),
      texts.none,
    );
  });
}
