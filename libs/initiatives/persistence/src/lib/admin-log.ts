import type { DataSource } from 'typeorm';
import { pooledSql, prepared, type Sql } from './sql';

export const ADMIN_ENTITY_KINDS = ['user', 'body', 'municipality', 'rulePack'] as const;
export type AdminEntityKind = (typeof ADMIN_ENTITY_KINDS)[number];
export const ADMIN_ACTIONS = ['create', 'update'] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

/** The administrator making a change through the API. */
export interface AdminActor {
  municipalityId: string;
  userId: string;
  username: string;
  /** As the log shows who made the change. */
  name: string;
}

/** What changed: never a secret or a password hash (a reset is written as `passwordReset: true`). */
export interface AdminChangeEntry {
  entityKind: AdminEntityKind;
  entityId: string;
  action: AdminAction;
  change: Record<string, unknown>;
}

export interface AdminChange extends AdminChangeEntry {
  seq: string;
  actorId: string;
  actorName: string;
  changedAt: Date;
}

const INSERT_CHANGE = prepared(`
  INSERT INTO admin_change (municipality_id, actor_id, actor_name, entity_kind, entity_id, action, change)
  VALUES (:municipalityId, :actorId, :actorName, :entityKind, :entityId, :action, :change::jsonb)`);

const NEWEST_FIRST = prepared<AdminChange>(`
  SELECT c.seq::text AS seq, c.actor_id AS "actorId", c.actor_name AS "actorName", c.changed_at AS "changedAt",
         c.entity_kind AS "entityKind", c.entity_id AS "entityId", c.action, c.change
    FROM admin_change c
   WHERE c.municipality_id = :municipalityId AND (:before::bigint IS NULL OR c.seq < :before::bigint)
   ORDER BY c.seq DESC LIMIT :limit`);

/** Writes one change inside the transaction that makes it: both are kept, or neither. */
export async function logAdminChange(sql: Sql, by: AdminActor, entry: AdminChangeEntry): Promise<void> {
  await sql.rows(INSERT_CHANGE, {
    municipalityId: by.municipalityId,
    actorId: by.userId,
    actorName: by.name,
    entityKind: entry.entityKind,
    entityId: entry.entityId,
    action: entry.action,
    change: JSON.stringify(entry.change),
  });
}

/** Only what was given: the fields a change left out stay out of its log entry. */
export function givenFields(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** The log of administrative changes: read newest first, a page at a time, one municipality only. */
export class AdminLogStore {
  constructor(private readonly db: DataSource) {}

  /** Up to `limit` changes older than the change numbered `before` (the newest when null). */
  page(municipalityId: string, before: string | null, limit: number): Promise<AdminChange[]> {
    return pooledSql(this.db).rows(NEWEST_FIRST, { municipalityId, before, limit });
  }
}
