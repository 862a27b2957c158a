import type { Handling, InitiativeEvent, StoredInitiative } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import type { BodyEntity } from './entities';
import { fileInitiative, filingContextOf, type FilingContext, type NewInitiative } from './initiative-filing';
import { knownInitiativesOf, type KnownInitiatives } from './known-initiatives';
import { INITIATIVE_COLUMNS, RECORD_COLUMNS } from './record-columns';
import type { AuditEntry, InitiativeRecord, InitiativeRow } from './records';
import { inTransaction, pooledSql, prepared } from './sql';
import {
  decideAndWrite,
  planWithinBounds,
  READ_FOR_TRANSITION,
  transitionIn,
  type ReadForTransition,
} from './transition-steps';
import { writeRecord, writeRow } from './transition-write';

export { INITIATIVE_COLUMNS, RECORD_COLUMNS };
export type { FilingContext, NewInitiative };

const FIND_RECORD = prepared(
  `SELECT ${RECORD_COLUMNS} FROM initiative i WHERE i.id = $1 AND i.municipality_id = $2`,
);

/**
 * Rules on the current state: the event to record, or an error that writes nothing. `bodies` are those of the
 * transition's `bodyIds` that belong to the municipality, read with the state.
 */
export type Decide = (
  current: InitiativeRow,
  bodies: BodySummary[],
) => TransitionPlan | Promise<TransitionPlan>;

/** What the caller decided about one event, given the locked current state. */
export interface TransitionPlan {
  event: InitiativeEvent;
  next: StoredInitiative;
  handling: Handling | null;
}

export type BodySummary = Pick<BodyEntity, 'id' | 'name' | 'kind' | 'active'>;
export class InitiativeStore {
  private readonly known: KnownInitiatives;

  constructor(private readonly db: DataSource) {
    this.known = knownInitiativesOf(db);
  }

  /** Files an initiative: the row, its signatories and the first audit row, with the year's diary number. */
  async file(municipalityId: string, initiative: NewInitiative, actor: string): Promise<InitiativeRecord> {
    return this.known.remember(await fileInitiative(this.db, municipalityId, initiative, actor));
  }

  /**
   * One event on one initiative. First on the version this process last saw, if it knows one: decide, then one
   * statement that writes only if that version and the bodies decided on are still current. Otherwise (or if that
   * write missed or the event was refused there) optimistically on a fresh read: no transaction stays open while
   * the rules run. If another writer came in between, the event is decided again on the locked row
   * (transitionIn), exactly as a lone writer would be: an If-Match that is now stale gets its 409 there.
   */
  async transition(
    municipalityId: string,
    id: string,
    expectedVersion: number | null,
    actor: string,
    decide: Decide,
    bodyIds: string[] = [],
  ): Promise<InitiativeRecord> {
    const request = { id, municipalityId, expectedVersion, actor, decide, bodyIds };
    const sql = pooledSql(this.db);
    const known = this.known.recall(municipalityId, id, bodyIds);
    if (known && (expectedVersion === null || expectedVersion === known.record.version)) {
      let plan: TransitionPlan | null = null;
      try {
        plan = await planWithinBounds(request, known.record, known.bodies);
      } catch {
        // A refusal is given on a fresh read, never on what this process remembers.
      }
      const written = plan && (await writeRecord(sql, known.record, known.bodies, plan, request));
      if (written) return this.known.remember(written);
    }
    const [read] = await sql.rows<ReadForTransition>(READ_FOR_TRANSITION, [id, municipalityId, bodyIds]);
    if (read) this.known.rememberBodies(municipalityId, read.bodies);
    const written =
      (await decideAndWrite(sql, read, request, writeRecord)) ??
      (await inTransaction(this.db, (tx) => transitionIn(tx, request, writeRecord)));
    return this.known.remember(written);
  }

  /**
   * Several initiatives changed by one decision (the council's decision on the annual list): all of them, or,
   * if any one is refused, none. Rows are locked in id order, so two such decisions cannot deadlock. Written
   * row-only: no member's handlings or signatories are read, and only ids and states come back.
   */
  async transitionAll(
    municipalityId: string,
    changes: { id: string; decide: Decide }[],
    actor: string,
  ): Promise<Pick<InitiativeRow, 'id' | 'state'>[]> {
    const ordered = [...changes].sort((a, b) => a.id.localeCompare(b.id));
    const written = await inTransaction(this.db, async (sql) => {
      const rows: Pick<InitiativeRow, 'id' | 'state'>[] = [];
      for (const { id, decide } of ordered) {
        const request = { id, municipalityId, expectedVersion: null, actor, decide, bodyIds: [] };
        const { state } = await transitionIn(sql, request, writeRow);
        rows.push({ id, state });
      }
      return rows;
    });
    // Forgotten once committed: what was remembered is no longer current, and a rollback changed nothing.
    for (const { id } of written) this.known.forget(id);
    return written;
  }

  async find(municipalityId: string, id: string): Promise<InitiativeRecord | null> {
    const [record] = await pooledSql(this.db).rows<InitiativeRecord>(FIND_RECORD, [id, municipalityId]);
    return record ? this.known.remember(record) : null;
  }

  /** What filing needs to know: the municipality's rules and which of the named bodies are its own. */
  filingContext(municipalityId: string, bodyIds: string[]): Promise<FilingContext> {
    return filingContextOf(this.db, municipalityId, bodyIds);
  }

  async auditLog(municipalityId: string, id: string): Promise<AuditEntry[]> {
    return (await this.db.query(
      `SELECT seq, type, payload, actor, from_state AS "fromState", to_state AS "toState",
         machine_version AS "machineVersion", occurred_at AS "occurredAt"
       FROM initiative_event WHERE initiative_id = $1 AND municipality_id = $2 ORDER BY seq`,
      [id, municipalityId],
    )) as AuditEntry[];
  }
}
