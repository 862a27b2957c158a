import type { IsoDate } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { fileInitiative, filingContextOf, type FilingContext, type NewInitiative } from './initiative-filing';
import { knownInitiativesOf, type KnownInitiatives } from './known-initiatives';
import { RECORD_COLUMNS } from './record-columns';
import type { AuditEntry, Decide, InitiativeRecord, InitiativeRow } from './records';
import { inTransaction, pooledSql, prepared } from './sql';
import { decideAndWrite, decideOn, isStill, READ_FOR_TRANSITION, transitionIn } from './transition-steps';
import { writeRecord, writeRow } from './transition-write';

export type { FilingContext, NewInitiative };
export type { BodySummary, Decide, TransitionPlan } from './records';

const FIND_RECORD = prepared<InitiativeRecord>(
  `SELECT ${RECORD_COLUMNS} FROM initiative i WHERE i.id = :id AND i.municipality_id = :municipalityId`,
);
const AUDIT_LOG = prepared<AuditEntry>(
  `SELECT seq, type, payload, actor, from_state AS "fromState", to_state AS "toState",
     machine_version AS "machineVersion", occurred_at AS "occurredAt"
   FROM initiative_event WHERE initiative_id = :id AND municipality_id = :municipalityId ORDER BY seq`,
);

export class InitiativeStore {
  /** `known`: the process's one memory of initiatives, shared with every other store that writes them. */
  constructor(
    private readonly db: DataSource,
    private readonly known: KnownInitiatives = knownInitiativesOf(db),
  ) {}

  /** Files an initiative: the row, its signatories and the first audit row, with the year's diary number. */
  async file(municipalityId: string, initiative: NewInitiative, actor: string): Promise<InitiativeRecord> {
    return this.known.remember(await fileInitiative(this.db, municipalityId, initiative, actor));
  }

  /**
   * One event on one initiative. First on the version this process last saw, if it knows one: decide, then one
   * statement that writes only if that version and the bodies decided on are still current. Otherwise (or if that
   * write missed, or the event was refused there on what is no longer current) optimistically on a fresh read: no
   * transaction stays open while the rules run. If another writer came in between, the event is decided again on
   * the locked row (transitionIn), exactly as a lone writer would be: an If-Match that is now stale gets its 409
   * there.
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
    const recalled = this.known.recall(municipalityId, id, bodyIds);
    const known =
      recalled && (expectedVersion === null || expectedVersion === recalled.record.version) ? recalled : null;
    const decided = known && (await decideOn(request, known.record, known.bodies));
    if (known && decided && 'plan' in decided) {
      const written = await writeRecord(sql, known.record, known.bodies, decided.plan, request);
      if (written) return this.known.remember(written);
    }
    const [read] = await sql.rows(READ_FOR_TRANSITION, { id, municipalityId, bodyIds });
    if (read) this.known.rememberBodies(municipalityId, read.bodies);
    // A refusal stands only if what it was decided on is still there; else the event is decided again on the read.
    if (known && decided && 'refusal' in decided && read && isStill(known, read)) throw decided.refusal;
    const written =
      (await decideAndWrite(sql, read, request, writeRecord)) ??
      (await inTransaction(this.db, (tx) => transitionIn(tx, request, writeRecord)));
    return this.known.remember(written);
  }

  /**
   * Several events on one initiative, each its own audit row, in one transaction: all of them, or, if any one is
   * refused, none. Each is decided on the row as the ones before it left it, under the row lock; the expected
   * version is the one the first is decided on.
   */
  async transitionInTurn(
    municipalityId: string,
    id: string,
    expectedVersion: number | null,
    actor: string,
    steps: { decide: Decide; bodyIds: string[] }[],
  ): Promise<InitiativeRecord> {
    const requestOf = (index: number) => ({
      id,
      municipalityId,
      expectedVersion: index === 0 ? expectedVersion : null,
      actor,
      ...steps[index],
    });
    const last = steps.length - 1;
    if (last < 0) throw new Error('transitionInTurn without a step');
    const written = await inTransaction(this.db, async (sql) => {
      for (let index = 0; index < last; index++) await transitionIn(sql, requestOf(index), writeRow);
      return transitionIn(sql, requestOf(last), writeRecord);
    });
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

  /**
   * A correction of a handling (domain § 8.5): a transition that appends an audit row and a correction, no
   * handling. Read back whole, since the handlings it shows changed.
   */
  async correct(
    municipalityId: string,
    id: string,
    expectedVersion: number | null,
    actor: string,
    decide: Decide,
  ): Promise<InitiativeRecord> {
    await this.transition(municipalityId, id, expectedVersion, actor, decide);
    this.known.forget(id);
    const record = await this.find(municipalityId, id);
    if (!record) throw new Error(`initiative ${id} vanished after its correction`);
    return record;
  }

  async find(municipalityId: string, id: string): Promise<InitiativeRecord | null> {
    const [record] = await pooledSql(this.db).rows(FIND_RECORD, { id, municipalityId });
    return record ? this.known.remember(record) : null;
  }

  /** What filing needs to know: the rules in force on the filing day and which of the named bodies are its own. */
  filingContext(municipalityId: string, bodyIds: string[], submittedOn: IsoDate): Promise<FilingContext> {
    return filingContextOf(this.db, municipalityId, bodyIds, submittedOn);
  }

  async auditLog(municipalityId: string, id: string): Promise<AuditEntry[]> {
    return pooledSql(this.db).rows(AUDIT_LOG, { id, municipalityId });
  }
}
