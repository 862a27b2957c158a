import type { DataSource } from 'typeorm';
import { pooledSql, prepared } from './sql';

/** The OParl 1.1 object kinds listed from stored rows (issue 21 item 2). */
export const OPARL_KINDS = [
  'body',
  'organization',
  'meeting',
  'agendaItem',
  'paper',
  'consultation',
  'file',
] as const;
export type OparlKind = (typeof OPARL_KINDS)[number];

/**
 * When an object came to be and last changed as the public sees it, from the stored instants and change logs:
 * never a column of what the object shows. A consultation (a handling) is named `{initiativeId}.{seq}`. `meetingId` places an agenda item or a document on a published agenda.
 */
export interface OparlStamp {
  id: string;
  created: string;
  modified: string;
  deleted: boolean;
  meetingId: string | null;
}

export interface OparlWindow {
  createdSince: string | null;
  createdUntil: string | null;
  modifiedSince: string | null;
  modifiedUntil: string | null;
  /** Only the meetings of this body (an organization's meeting list). */
  bodyId: string | null;
  /** Only these objects (the stamps of embedded objects). */
  ids: string[] | null;
  limit: number;
  offset: number;
}

const PUBLISHED = `m.status = ANY(:publicStatuses::text[])`;
const PUBLISHED_ONCE = `EXISTS (SELECT FROM meeting_change c WHERE c.meeting_id = m.id AND c.detail->>'status' = 'agendaPublished')`;
const PUBLIC_FILE = `(a.publicity = 'public' OR EXISTS (SELECT FROM attachment_publication p WHERE p.attachment_id = a.id))`;
const FILE_MODIFIED = `greatest(a.uploaded_at, (SELECT p.occurred_at FROM attachment_publication p WHERE p.attachment_id = a.id))`;
// An item shows its meeting's publicity, its edits, its decisions and its public documents.
const ITEM_MODIFIED = `greatest(ai.created_at,
  (SELECT max(c.occurred_at) FROM agenda_item_change c WHERE c.agenda_item_id = ai.id),
  (SELECT max(c.occurred_at) FROM meeting_change c WHERE c.meeting_id = ai.meeting_id AND c.detail ? 'status'),
  (SELECT max(e.occurred_at) FROM agenda_item_initiative x
   JOIN initiative_event e ON e.initiative_id = x.initiative_id AND e.seq = x.event_seq WHERE x.agenda_item_id = ai.id),
  (SELECT max(${FILE_MODIFIED}) FROM attachment a WHERE a.agenda_item_id = ai.id AND ${PUBLIC_FILE}))`;

const OBJECTS: Record<OparlKind, string> = {
  body: `SELECT m.id, m.created_at AS created, greatest(m.created_at, (SELECT max(c.changed_at) FROM admin_change c
      WHERE c.entity_kind = 'municipality' AND c.entity_id = m.id::text)) AS modified, false AS deleted,
      NULL::uuid AS "meetingId"
    FROM municipality m`,
  organization: `SELECT b.id, b.created_at AS created, greatest(b.created_at, (SELECT max(c.changed_at)
      FROM admin_change c WHERE c.entity_kind = 'body' AND c.entity_id = b.id::text)) AS modified, false AS deleted,
      NULL::uuid AS "meetingId"
    FROM body b WHERE b.municipality_id = :municipalityId`,
  meeting: `SELECT m.id, m.created_at AS created, greatest(m.created_at,
      (SELECT max(c.occurred_at) FROM meeting_change c WHERE c.meeting_id = m.id),
      (SELECT max(${ITEM_MODIFIED}) FROM agenda_item ai WHERE ai.meeting_id = m.id AND ${PUBLISHED})) AS modified,
      false AS deleted, m.id AS "meetingId"
    FROM meeting m WHERE m.municipality_id = :municipalityId AND (:bodyId::uuid IS NULL OR m.body_id = :bodyId::uuid)`,
  // An item of an agenda once published and then cancelled has left the public set: it is marked deleted.
  agendaItem: `SELECT ai.id, ai.created_at AS created, ${ITEM_MODIFIED} AS modified, NOT ${PUBLISHED} AS deleted,
      m.id AS "meetingId"
    FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
    WHERE ai.municipality_id = :municipalityId AND (${PUBLISHED} OR ${PUBLISHED_ONCE})`,
  paper: `SELECT i.id, i.created_at AS created, greatest(i.updated_at, (SELECT max(${FILE_MODIFIED}) FROM attachment a
      WHERE a.initiative_id = i.id AND ${PUBLIC_FILE})) AS modified, false AS deleted, NULL::uuid AS "meetingId"
    FROM initiative i WHERE i.municipality_id = :municipalityId`,
  consultation: `SELECT h.initiative_id::text || '.' || h.event_seq AS id, e.occurred_at AS created, greatest(e.occurred_at, (SELECT max(c.corrected_at)
      FROM handling_correction c WHERE c.initiative_id = h.initiative_id AND c.handling_seq = h.event_seq)) AS modified,
      false AS deleted, NULL::uuid AS "meetingId"
    FROM handling h JOIN initiative_event e ON e.initiative_id = h.initiative_id AND e.seq = h.event_seq
    WHERE h.municipality_id = :municipalityId`,
  file: `SELECT a.id, a.uploaded_at AS created, ${FILE_MODIFIED} AS modified, false AS deleted,
      (SELECT m.id FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
       WHERE ai.id = a.agenda_item_id AND ${PUBLISHED}) AS "meetingId"
    FROM attachment a WHERE a.municipality_id = :municipalityId AND ${PUBLIC_FILE}`,
};

const PAGE = Object.fromEntries(
  OPARL_KINDS.map((kind) => [
    kind,
    prepared<{ total: number; stamps: OparlStamp[] }>(`
      WITH o AS (${OBJECTS[kind]}), f AS (
        SELECT * FROM o
        WHERE (:ids::text[] IS NULL OR o.id::text = ANY(:ids::text[]))
          AND (:createdSince::timestamptz IS NULL OR o.created >= :createdSince::timestamptz)
          AND (:createdUntil::timestamptz IS NULL OR o.created <= :createdUntil::timestamptz)
          AND (:modifiedSince::timestamptz IS NULL OR o.modified >= :modifiedSince::timestamptz)
          AND (:modifiedUntil::timestamptz IS NULL OR o.modified <= :modifiedUntil::timestamptz)
      )
      SELECT (SELECT count(*)::int FROM f) AS total,
        coalesce((SELECT json_agg(json_build_object('id', p.id, 'created', p.created, 'modified', p.modified,
          'deleted', p.deleted, 'meetingId', p."meetingId") ORDER BY p.created, p.id)
          FROM (SELECT * FROM f ORDER BY created, id LIMIT :limit OFFSET :offset) p), '[]') AS stamps`),
  ]),
) as Record<OparlKind, ReturnType<typeof prepared<{ total: number; stamps: OparlStamp[] }>>>;

/** A page of one kind's objects of a municipality, oldest first, with how many match in all. */
export class OparlIndex {
  constructor(private readonly db: DataSource) {}

  async page(
    kind: OparlKind,
    municipalityId: string,
    window: OparlWindow,
    publicStatuses: readonly string[],
  ): Promise<{ total: number; stamps: OparlStamp[] }> {
    const [row] = await pooledSql(this.db).rows(PAGE[kind], {
      ...window,
      municipalityId,
      publicStatuses,
    });
    return row as { total: number; stamps: OparlStamp[] };
  }
}
