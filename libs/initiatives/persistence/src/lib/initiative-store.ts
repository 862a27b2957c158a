import {
  MACHINE_VERSION,
  type DiaryNumberPattern,
  nextDueDate,
  type Handling,
  type InitiativeEvent,
  type StoredInitiative,
} from '@aloite/domain';
import type { DataSource } from 'typeorm';
import type { BodyEntity, MunicipalityEntity } from './entities';
import { AppError } from './errors';
import { refuseBeyondBounds } from './initiative-bounds';
import { KnownInitiatives } from './known-initiatives';
import { INITIATIVE_COLUMNS, RECORD_COLUMNS } from './record-columns';
import type { AuditEntry, Filing, InitiativeRecord, InitiativeRow } from './records';
import { inTransaction, pooledSql, prepared, type Sql } from './sql';
import { write } from './transition-write';

export { INITIATIVE_COLUMNS, RECORD_COLUMNS };

const FIND_RECORD = prepared(
  `SELECT ${RECORD_COLUMNS} FROM initiative i WHERE i.id = $1 AND i.municipality_id = $2`,
);
/** The municipality's bodies among the ids given, as the column `bodies`: checked by the caller's rules. */
const bodiesNamed = (municipalityId: string, ids: string) =>
  `coalesce((SELECT json_agg(json_build_object('id', b.id, 'name', b.name, 'kind', b.kind, 'active', b.active))
    FROM body b WHERE b.municipality_id = ${municipalityId} AND b.id = ANY(${ids}::uuid[])), '[]') AS bodies`;
/** A transition is decided on the row alone (state, context and the counters its bounds need), never the texts. */
const READ_FOR_TRANSITION = prepared(
  `SELECT ${INITIATIVE_COLUMNS}, ${bodiesNamed('$2', '$3')} FROM initiative i WHERE i.id = $1 AND i.municipality_id = $2`,
);
const LOCK_FOR_TRANSITION = prepared(
  `SELECT ${INITIATIVE_COLUMNS}, ${bodiesNamed('$2', '$3')} FROM initiative i WHERE i.id = $1 AND i.municipality_id = $2
   FOR UPDATE OF i`,
);
const FILING_CONTEXT = prepared(`
  SELECT m.id, m.rule_pack AS "rulePack", m.diary_prefix AS "diaryPrefix", ${bodiesNamed('m.id', '$2')}
  FROM municipality m WHERE m.id = $1`);
/**
 * The initiative, its signatories and the FILE audit row; nothing if the diary number is taken. Without a number
 * typed in ($2), the year's next one is drawn in the same statement: the sequence row is locked only while the
 * statement runs, and a failed filing leaves no gap in the numbers. The row comes back with the record's columns.
 */
const FILE_INITIATIVE = prepared(`
  WITH drawn AS (
    INSERT INTO diary_sequence (municipality_id, year, last_value) SELECT $1, $20, 1 WHERE $2::text IS NULL
    ON CONFLICT ON CONSTRAINT diary_sequence_pk DO UPDATE SET last_value = diary_sequence.last_value + 1
    RETURNING $21::text || lpad(last_value::text, greatest($22::int, length(last_value::text)), '0') || $23::text
      AS diary_number
  ), inserted AS (
    INSERT INTO initiative (municipality_id, diary_number, title, text, kind, submitted_on, signatory_count,
      has_financial_effect, filed_body_id, filed_date, filed_section, state, context, machine_version, version,
      due_at, signatory_names, text_characters)
    SELECT $1, coalesce($2, (SELECT diary_number FROM drawn)), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
      1, $15, $19, $24
    ON CONFLICT ON CONSTRAINT initiative_diary_number_unique DO NOTHING
    RETURNING *
  ), signatories AS (
    INSERT INTO signatory (municipality_id, initiative_id, position, name, party, first_signer)
    SELECT $1, i.id, s.position, s.name, s.party, s.first_signer
    FROM inserted i, jsonb_to_recordset($16::jsonb) AS s(position int, name text, party text, first_signer boolean)
  ), audit AS (
    INSERT INTO initiative_event (municipality_id, initiative_id, seq, type, payload, actor, from_state, to_state,
      machine_version)
    SELECT $1, i.id, 1, 'FILE', $17::jsonb || jsonb_build_object('diaryNumber', i.diary_number), $18::text, NULL,
      $12, $14
    FROM inserted i
  )
  SELECT ${INITIATIVE_COLUMNS} FROM inserted i`);

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
export type FilingContext = Pick<MunicipalityEntity, 'id' | 'rulePack' | 'diaryPrefix'> & {
  bodies: BodySummary[];
};

export interface NewInitiative {
  filing: Filing;
  initial: StoredInitiative;
  /** How a drawn diary number of the year is written, when the filing has none. */
  diaryNumberPattern: (year: number) => DiaryNumberPattern;
}

export class InitiativeStore {
  private readonly known = new KnownInitiatives();

  constructor(private readonly db: DataSource) {}

  /** Files an initiative: the row, its signatories and the first audit row, with the year's diary number. */
  async file(municipalityId: string, initiative: NewInitiative, actor: string): Promise<InitiativeRecord> {
    const { filing, initial } = initiative;
    const year = Number(filing.submittedOn.slice(0, 4));
    const pattern = initiative.diaryNumberPattern(year);
    const sql = pooledSql(this.db);
    for (;;) {
      const [row] = await sql.rows<InitiativeRow>(FILE_INITIATIVE, [
        municipalityId,
        filing.diaryNumber,
        filing.title,
        filing.text,
        filing.kind,
        filing.submittedOn,
        filing.signatoryCount,
        filing.hasFinancialEffect,
        filing.filedAt.bodyId,
        filing.filedAt.date,
        filing.filedAt.section,
        initial.state,
        initial.context,
        MACHINE_VERSION,
        nextDueDate(initial.state, initial.context),
        JSON.stringify(
          filing.signatories.map((signatory, position) => ({
            position,
            name: signatory.name,
            party: signatory.party,
            first_signer: signatory.firstSigner,
          })),
        ),
        { ...filing, facts: initial.context.facts },
        actor,
        filing.signatories.map((signatory) => signatory.name).join('\n'),
        year,
        pattern.before,
        pattern.width,
        pattern.after,
        filing.title.length + filing.text.length,
      ]);
      if (row)
        return this.known.remember({
          ...row,
          signatories: filing.signatories,
          handlings: [],
          attachments: [],
        });
      // Nothing inserted: a number typed in by hand is taken, or the one drawn had been typed in by hand for an
      // earlier filing, and the next one is drawn.
      if (filing.diaryNumber !== null) {
        throw new AppError(
          'DUPLICATE_DIARY_NUMBER',
          `Diary number ${filing.diaryNumber} is already in use.`,
          {
            errors: [{ field: 'diaryNumber', message: 'already in use in this municipality' }],
          },
        );
      }
    }
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
      const written = plan && (await write(sql, known.record, known.bodies, plan, request));
      if (written) return this.known.remember(written);
    }
    const [read] = await sql.rows<ReadForTransition>(READ_FOR_TRANSITION, [id, municipalityId, bodyIds]);
    if (read) this.known.rememberBodies(municipalityId, read.bodies);
    const written =
      (await decideAndWrite(sql, read, request)) ??
      (await inTransaction(this.db, (tx) => transitionIn(tx, request)));
    return this.known.remember(written);
  }

  /**
   * Several initiatives changed by one decision (the council's decision on the annual list): all of them, or,
   * if any one is refused, none. Rows are locked in id order, so two such decisions cannot deadlock.
   */
  async transitionAll(
    municipalityId: string,
    changes: { id: string; decide: Decide }[],
    actor: string,
  ): Promise<InitiativeRecord[]> {
    const ordered = [...changes].sort((a, b) => a.id.localeCompare(b.id));
    const written = await inTransaction(this.db, async (sql) => {
      const records: InitiativeRecord[] = [];
      for (const change of ordered) {
        records.push(
          await transitionIn(sql, {
            id: change.id,
            municipalityId,
            expectedVersion: null,
            actor,
            decide: change.decide,
            bodyIds: [],
          }),
        );
      }
      return records;
    });
    // Remembered once committed: a rolled-back version must not be decided on.
    return written.map((record) => this.known.remember(record));
  }

  async find(municipalityId: string, id: string): Promise<InitiativeRecord | null> {
    const [record] = await pooledSql(this.db).rows<InitiativeRecord>(FIND_RECORD, [id, municipalityId]);
    return record ? this.known.remember(record) : null;
  }

  /** What filing needs to know: the municipality's rules and which of the named bodies are its own. */
  async filingContext(municipalityId: string, bodyIds: string[]): Promise<FilingContext> {
    const [context] = await pooledSql(this.db).rows<FilingContext>(FILING_CONTEXT, [municipalityId, bodyIds]);
    if (!context) throw new AppError('NOT_FOUND', `No municipality ${municipalityId}.`);
    return context;
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

interface TransitionRequest {
  id: string;
  municipalityId: string;
  expectedVersion: number | null;
  actor: string;
  decide: Decide;
  /** Bodies the event names, read with the state for `decide`. */
  bodyIds: string[];
}

type ReadForTransition = InitiativeRow & { bodies: BodySummary[] };

/** The caller's decision on the current state, refused if it would take the initiative past a bound. */
async function planWithinBounds(
  request: TransitionRequest,
  current: InitiativeRow,
  bodies: BodySummary[],
): Promise<TransitionPlan> {
  const plan = await request.decide(current, bodies);
  refuseBeyondBounds(current, bodies, plan);
  return plan;
}

/**
 * The write path under the row lock, in the caller's transaction: nobody can write in between, so the write
 * cannot miss. Anything thrown writes nothing.
 */
async function transitionIn(sql: Sql, request: TransitionRequest): Promise<InitiativeRecord> {
  const [read] = await sql.rows<ReadForTransition>(LOCK_FOR_TRANSITION, [
    request.id,
    request.municipalityId,
    request.bodyIds,
  ]);
  const written = await decideAndWrite(sql, read, request);
  // The row lock makes this impossible; the version check in the write is a second line of defence.
  if (!written) throw new AppError('STALE_VERSION', 'The initiative changed during the update. Reload it.');
  return written;
}

/**
 * Checks the expected version, lets `decide` rule on the state read, then writes. Null: the initiative or a body
 * changed since it was read.
 */
async function decideAndWrite(
  sql: Sql,
  current: ReadForTransition | undefined,
  request: TransitionRequest,
): Promise<InitiativeRecord | null> {
  if (!current) throw new AppError('NOT_FOUND', `No initiative ${request.id}.`);
  const { expectedVersion } = request;
  if (expectedVersion !== null && expectedVersion !== current.version) {
    throw new AppError(
      'STALE_VERSION',
      `The initiative has changed since you loaded it (your version ${expectedVersion}, now ${current.version}). Reload it and try again.`,
      { currentVersion: current.version },
    );
  }
  const { bodies, ...row } = current;
  return write(sql, row, bodies, await planWithinBounds(request, row, bodies), request);
}
