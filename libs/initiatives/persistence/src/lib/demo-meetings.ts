import { createHash } from 'node:crypto';
import { DEMO_MEETINGS, DEMO_INITIATIVES, type DemoMeeting, type KajaaniBodyKey } from '@aloite/domain/demo';
import PDFDocument from 'pdfkit';
import type { DataSource } from 'typeorm';
import { AttachmentStore } from './attachment-store';
import { pooledSql, prepared, type Sql } from './sql';

/** Who the audit log and the documents name for everything the demo data wrote. */
export const DEMO_ACTOR = 'demo-data';

const INSERT_MEETING = prepared<{ id: string }>(`
  INSERT INTO meeting (municipality_id, body_id, date, start_time, place, status, minutes_checked_on)
  VALUES (:municipalityId, :bodyId, :date, :startTime::time, :place, :status, :minutesCheckedOn)
  RETURNING id`);
const INSERT_ITEM = prepared<{ id: string }>(`
  WITH item AS (
    INSERT INTO agenda_item (municipality_id, meeting_id, section, title, event, preparers, presenter, proposal,
      response_text, decision)
    SELECT :municipalityId, :meetingId, :section, i.title, :event, :preparers::jsonb, :presenter::jsonb, :proposal,
      :responseText, :decision::jsonb
    FROM initiative i WHERE i.id = :initiativeId
    RETURNING id
  )
  INSERT INTO agenda_item_initiative (agenda_item_id, initiative_id, municipality_id, body_id, position, open,
    event_seq)
  SELECT item.id, :initiativeId, :municipalityId, :bodyId, 1, :eventSeq::int IS NULL, :eventSeq::int FROM item
  RETURNING agenda_item_id AS id`);
/** A decided demo item answers the handling its initiative's seed events recorded at that meeting. */
const HANDLING_AT = prepared<{ seq: number }>(`
  SELECT event_seq AS seq FROM handling WHERE initiative_id = :initiativeId AND body_id = :bodyId AND date = :date
    AND section = :section`);

/** The signed initiative as a small PDF: its title, text and signer, as the scanned original would show them. */
export function signedInitiativePdf(title: string, text: string): Promise<Buffer> {
  const pdf = new PDFDocument({ info: { Title: title }, margin: 56 });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.fontSize(14).text(title).moveDown().fontSize(11).text(text).moveDown().text('(allekirjoitettu)');
  pdf.end();
  return ended;
}

async function seedMeeting(
  sql: Sql,
  attachments: AttachmentStore,
  municipalityId: string,
  bodyId: string,
  meeting: DemoMeeting,
  initiativeIds: Record<string, string>,
): Promise<void> {
  const [inserted] = await sql.rows(INSERT_MEETING, { municipalityId, bodyId, ...meeting });
  if (!inserted) throw new Error(`Demo data: the meeting of ${meeting.date} was not inserted.`);
  const meetingId = inserted.id;
  const event = meeting.body === 'council' ? 'REFER_TO_BOARD' : 'RECORD_STATEMENT';
  for (const item of meeting.items) {
    const initiativeId = initiativeIds[item.diaryNumber];
    const seed = DEMO_INITIATIVES.find(({ initiative }) => initiative.diaryNumber === item.diaryNumber);
    if (!initiativeId || !seed) throw new Error(`Demo data: no initiative ${item.diaryNumber}.`);
    const where = { initiativeId, bodyId, date: meeting.date, section: item.section };
    const [handling] = item.decision ? await sql.rows(HANDLING_AT, where) : [];
    const [added] = await sql.rows(INSERT_ITEM, {
      ...item,
      municipalityId,
      meetingId,
      bodyId,
      initiativeId,
      event,
      preparers: JSON.stringify(item.preparers),
      presenter: item.presenter && JSON.stringify(item.presenter),
      decision: item.decision && JSON.stringify({ ...item.decision, date: meeting.date }),
      eventSeq: handling?.seq ?? null,
    });
    if (!added) throw new Error(`Demo data: § ${item.section} of ${meeting.date} was not inserted.`);
    if (item.appendix) {
      const content = await signedInitiativePdf(seed.initiative.title, seed.initiative.text);
      await attachments.add(
        municipalityId,
        {
          initiativeId,
          handlingSeq: null,
          bodyId,
          fileName: item.appendix,
          contentType: 'application/pdf',
          size: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
          publicity: 'notYetPublic',
          legalGround: null,
          agendaItemId: added.id,
          publicOnceMinutesChecked: true,
          content,
          // The words the PDF was made of: the demo is seeded without the API, which reads a document's text.
          text: `${seed.initiative.title}\n${seed.initiative.text}`,
          uploadedBy: DEMO_ACTOR,
        },
        { documents: 100, bytes: 100 * 1024 * 1024 },
      );
    }
  }
}

/** The demo's meetings and agendas, after its initiatives. */
export async function seedDemoMeetings(
  db: DataSource,
  municipalityId: string,
  bodyIds: Record<KajaaniBodyKey, string>,
  initiativeIds: Record<string, string>,
): Promise<void> {
  const sql = pooledSql(db);
  const attachments = new AttachmentStore(db);
  for (const meeting of DEMO_MEETINGS) {
    await seedMeeting(sql, attachments, municipalityId, bodyIds[meeting.body], meeting, initiativeIds);
  }
}
