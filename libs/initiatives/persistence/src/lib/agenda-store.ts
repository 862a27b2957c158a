import type { DataSource } from 'typeorm';
import type { AgendaEvent } from '@aloite/domain';
import { AGENDA_ITEM_JSON } from './agenda-columns';
import { StoreError } from './errors';
import { knownInitiativesOf, type KnownInitiatives } from './known-initiatives';
import type {
  AgendaCandidate,
  AgendaDecisionPlan,
  AgendaItemDraft,
  AgendaItemRow,
  AgendaPlacement,
  NewAgendaItem,
} from './agenda-records';
import { changeMeeting, lockMeeting, type MeetingRow } from './meeting-store';
import { inTransaction, pooledSql, prepared, type Sql } from './sql';
import { transitionIn } from './transition-steps';
import { writeRow } from './transition-write';

const ITEM = prepared<{ item: AgendaItemRow }>(
  `SELECT ${AGENDA_ITEM_JSON} AS item FROM agenda_item ai WHERE ai.id = :id AND ai.municipality_id = :municipalityId`,
);
const LOCK_ITEM = prepared<{ item: AgendaItemRow }>(`SELECT ${AGENDA_ITEM_JSON} AS item FROM agenda_item ai
  WHERE ai.id = :id AND ai.meeting_id = :meetingId AND ai.municipality_id = :municipalityId FOR UPDATE OF ai`);
const CANDIDATES = prepared<AgendaCandidate>(`
  SELECT i.id, i.diary_number AS "diaryNumber", i.title, i.state,
    EXISTS (SELECT 1 FROM statement_request r WHERE r.initiative_id = i.id AND r.body_id = :bodyId
      AND r.status = 'open') AS "askedForStatement"
  FROM initiative i WHERE i.municipality_id = :municipalityId AND i.id = ANY(:ids::uuid[])`);
const BODY_KIND = prepared<{ kind: string }>(`SELECT b.kind FROM body b WHERE b.id = :bodyId`);
/** Sections run per body and year (KV 30/2026): the next one follows the highest of the meeting's year. */
const NEXT_SECTION = prepared<{ section: number }>(`
  SELECT coalesce(max(ai.section), 0) + 1 AS section FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
  WHERE m.body_id = :bodyId AND date_part('year', m.date) = date_part('year', :date::date)`);
const INSERT_ITEM = prepared<{ id: string }>(`
  WITH item AS (
    INSERT INTO agenda_item (municipality_id, meeting_id, section, title, event, preparers, presenter, proposal,
      response_text, answer_directly)
    VALUES (:municipalityId, :meetingId, :section, :title, :event, :preparers::jsonb, :presenter::jsonb, :proposal,
      :responseText, :answerDirectly)
    RETURNING id
  ), linked AS (
    INSERT INTO agenda_item_initiative (agenda_item_id, initiative_id, municipality_id, body_id, position)
    SELECT item.id, x.id, :municipalityId::uuid, :bodyId::uuid, x.position
    FROM item, unnest(:initiativeIds::uuid[]) WITH ORDINALITY AS x(id, position)
  ), logged AS (
    INSERT INTO agenda_item_change (municipality_id, agenda_item_id, before, after, reason, actor)
    SELECT :municipalityId::uuid, item.id, '{}'::jsonb, :created::jsonb, NULL, :actor::text FROM item
  )
  SELECT id FROM item`);
const EDIT_ITEM = prepared(`
  WITH updated AS (
    UPDATE agenda_item SET title = :title, preparers = :preparers::jsonb, presenter = :presenter::jsonb,
      proposal = :proposal, response_text = :responseText, answer_directly = :answerDirectly
    WHERE id = :id RETURNING id
  )
  INSERT INTO agenda_item_change (municipality_id, agenda_item_id, before, after, reason, actor)
  SELECT :municipalityId::uuid, id, :before::jsonb, :after::jsonb, :reason::text, :actor::text FROM updated`);
const RECORD_DECISION = prepared(`
  WITH decided AS (
    UPDATE agenda_item SET decision = :decision::jsonb WHERE id = :id AND decision IS NULL RETURNING id
  )
  UPDATE agenda_item_initiative x SET open = false, event_seq = s.seq
  FROM decided, jsonb_to_recordset(:seqs::jsonb) AS s(id uuid, seq int)
  WHERE x.agenda_item_id = decided.id AND x.initiative_id = s.id`);
const PLACEMENTS = prepared<AgendaPlacement>(`
  SELECT ai.id AS "itemId", ai.meeting_id AS "meetingId", m.body_id AS "bodyId", m.date,
    to_char(m.start_time, 'HH24:MI') AS "startTime", m.status AS "meetingStatus", ai.section, ai.title, ai.event,
    x.open, x.event_seq AS "eventSeq"
  FROM agenda_item_initiative x JOIN agenda_item ai ON ai.id = x.agenda_item_id JOIN meeting m ON m.id = ai.meeting_id
  WHERE x.initiative_id = :initiativeId AND x.municipality_id = :municipalityId
  ORDER BY m.date, ai.section`);

function refusedAsDuplicate(error: unknown): unknown {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code !== '23505') return error;
  if (constraint === 'agenda_item_section_unique')
    return new StoreError('SECTION_TAKEN', 'The meeting already has an item with this §.', {
      errors: [{ field: 'section', message: 'already in use at this meeting' }],
    });
  if (constraint === 'agenda_item_initiative_one_open')
    return new StoreError('ALREADY_ON_AGENDA', 'An initiative is already waiting on this body’s agenda.', {
      errors: [{ field: 'initiativeIds', message: 'already on an open agenda item of this body' }],
    });
  return error;
}

async function lockItem(
  sql: Sql,
  municipalityId: string,
  meetingId: string,
  id: string,
): Promise<AgendaItemRow> {
  const [row] = await sql.rows(LOCK_ITEM, { id, meetingId, municipalityId });
  if (!row) throw new StoreError('NOT_FOUND', `No agenda item ${id} at this meeting.`);
  return row.item;
}

/** The items on meetings' agendas, and the decisions that move their initiatives. */
export class AgendaStore {
  /** `known`: the process's one memory of initiatives, shared with every other store that writes them. */
  constructor(
    private readonly db: DataSource,
    private readonly known: KnownInitiatives = knownInitiativesOf(db),
  ) {}

  async item(municipalityId: string, id: string): Promise<AgendaItemRow | null> {
    const [row] = await pooledSql(this.db).rows(ITEM, { id, municipalityId });
    return row?.item ?? null;
  }

  /** The item as a committed write left it: it exists, items are never deleted. */
  private async itemAfterWrite(municipalityId: string, id: string): Promise<AgendaItemRow> {
    const item = await this.item(municipalityId, id);
    if (!item) throw new StoreError('NOT_FOUND', `No agenda item ${id}.`);
    return item;
  }

  placements(municipalityId: string, initiativeId: string): Promise<AgendaPlacement[]> {
    return pooledSql(this.db).rows(PLACEMENTS, { municipalityId, initiativeId });
  }

  /** `decide` rules on the locked meeting and the initiatives named: the item's event, or a refusal thrown. */
  async add(
    municipalityId: string,
    meetingId: string,
    item: NewAgendaItem,
    actor: string,
    decide: (meeting: MeetingRow, bodyKind: string, initiatives: AgendaCandidate[]) => AgendaEvent,
  ): Promise<AgendaItemRow> {
    const id = await inTransaction(this.db, async (sql) => {
      const meeting = await lockMeeting(sql, municipalityId, meetingId);
      const [body] = await sql.rows(BODY_KIND, { bodyId: meeting.bodyId });
      const found = await sql.rows(CANDIDATES, {
        municipalityId,
        ids: item.initiativeIds,
        bodyId: meeting.bodyId,
      });
      const missing = item.initiativeIds.find(
        (wanted) => !found.some((candidate) => candidate.id === wanted),
      );
      if (missing) throw new StoreError('NOT_FOUND', `No initiative ${missing}.`);
      // In the order the item names them.
      const candidates = item.initiativeIds.flatMap((wanted) =>
        found.filter((candidate) => candidate.id === wanted),
      );
      const event = decide(meeting, body?.kind ?? '', candidates);
      const [next] = await sql.rows(NEXT_SECTION, { bodyId: meeting.bodyId, date: meeting.date });
      const [inserted] = await sql.rows(INSERT_ITEM, {
        ...item,
        municipalityId,
        meetingId,
        bodyId: meeting.bodyId,
        event,
        section: item.section ?? next?.section ?? 1,
        title: item.title ?? candidates[0]?.title,
        preparers: JSON.stringify(item.preparers),
        presenter: item.presenter && JSON.stringify(item.presenter),
        created: JSON.stringify({ ...item, event }),
        actor,
      });
      if (!inserted) throw new Error('The agenda item was not inserted.');
      return inserted.id;
    }).catch((error: unknown) => {
      throw refusedAsDuplicate(error);
    });
    return this.itemAfterWrite(municipalityId, id);
  }

  /** `decide` rules on the locked item and meeting: the item as it is to be, and the reason for a correction. */
  async edit(
    municipalityId: string,
    meetingId: string,
    id: string,
    actor: string,
    decide: (item: AgendaItemRow, meeting: MeetingRow) => { draft: AgendaItemDraft; reason: string | null },
  ): Promise<AgendaItemRow> {
    await inTransaction(this.db, async (sql) => {
      const meeting = await lockMeeting(sql, municipalityId, meetingId);
      const item = await lockItem(sql, municipalityId, meetingId, id);
      const { draft, reason } = decide(item, meeting);
      const fields = Object.keys(draft) as (keyof AgendaItemDraft)[];
      const changed = fields.filter((field) => JSON.stringify(item[field]) !== JSON.stringify(draft[field]));
      if (changed.length === 0) return;
      await sql.rows(EDIT_ITEM, {
        ...draft,
        id,
        municipalityId,
        actor,
        reason,
        preparers: JSON.stringify(draft.preparers),
        presenter: draft.presenter && JSON.stringify(draft.presenter),
        before: JSON.stringify(Object.fromEntries(changed.map((field) => [field, item[field]]))),
        after: JSON.stringify(Object.fromEntries(changed.map((field) => [field, draft[field]]))),
      });
    });
    return this.itemAfterWrite(municipalityId, id);
  }

  /**
   * The meeting's decision on an item: each of its initiatives takes the item's event, in id order so that two
   * decisions cannot deadlock, and the item and meeting record it. All of it, or, if one initiative refuses, none.
   */
  async decide(
    municipalityId: string,
    meetingId: string,
    id: string,
    actor: string,
    plan: (item: AgendaItemRow, meeting: MeetingRow) => AgendaDecisionPlan,
  ): Promise<AgendaItemRow> {
    const initiativeIds = await inTransaction(this.db, async (sql) => {
      const meeting = await lockMeeting(sql, municipalityId, meetingId);
      const item = await lockItem(sql, municipalityId, meetingId, id);
      const { decision, forInitiative, meetingChange } = plan(item, meeting);
      const seqs: { id: string; seq: number }[] = [];
      for (const { id: initiativeId } of [...item.initiatives].sort((a, b) => a.id.localeCompare(b.id))) {
        const request = {
          id: initiativeId,
          municipalityId,
          expectedVersion: null,
          actor,
          decide: forInitiative,
          bodyIds: [meeting.bodyId],
        };
        const written = await transitionIn(sql, request, writeRow);
        seqs.push({ id: initiativeId, seq: written.version });
      }
      await sql.rows(RECORD_DECISION, { id, decision: JSON.stringify(decision), seqs: JSON.stringify(seqs) });
      if (meetingChange) await changeMeeting(sql, municipalityId, meeting, meetingChange, actor);
      return seqs.map((seq) => seq.id);
    });
    // Forgotten once committed: what was remembered is no longer current, and a rollback changed nothing.
    for (const initiativeId of initiativeIds) this.known.forget(initiativeId);
    return this.itemAfterWrite(municipalityId, id);
  }
}
