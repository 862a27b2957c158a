import {
  MACHINE_VERSION,
  type DiaryNumberPattern,
  nextDueDate,
  type Handling,
  type InitiativeContext,
  type InitiativeEvent,
  type StoredInitiative,
} from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { ATTACHMENT_JSON } from './attachment-store';
import type { BodyEntity, MunicipalityEntity } from './entities';
import { AppError } from './errors';
import { KnownInitiatives } from './known-initiatives';
import type { AuditEntry, Filing, InitiativeRecord, InitiativeRow } from './records';
import { inTransaction, pooledSql, prepared, type Sql } from './sql';

/** An initiative's documents, oldest first: they are added without a transition, so every write reads them. */
const attachmentsOf = (initiativeId: string) =>
  `coalesce((SELECT json_agg(${ATTACHMENT_JSON} ORDER BY a.uploaded_at, a.id)
    FROM attachment a WHERE a.initiative_id = ${initiativeId}), '[]')`;

export const INITIATIVE_COLUMNS = `
  i.id, i.municipality_id AS "municipalityId", i.diary_number AS "diaryNumber", i.title, i.text, i.kind,
  i.submitted_on AS "submittedOn", i.signatory_count AS "signatoryCount",
  i.has_financial_effect AS "hasFinancialEffect",
  json_build_object('bodyId', i.filed_body_id, 'date', i.filed_date, 'section', i.filed_section) AS "filedAt",
  i.state, i.context, i.machine_version AS "machineVersion", i.version, i.due_at AS "dueAt",
  i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;

/** Signatories and handlings as JSON beside the row: one round trip for a whole initiative. */
export const RECORD_COLUMNS = `${INITIATIVE_COLUMNS},
  coalesce((SELECT json_agg(json_build_object('name', s.name, 'party', s.party, 'firstSigner', s.first_signer)
      ORDER BY s.position) FROM signatory s WHERE s.initiative_id = i.id), '[]') AS signatories,
  coalesce((SELECT json_agg(json_build_object('seq', h.event_seq, 'event', h.event, 'bodyId', h.body_id, 'date', h.date,
      'section', h.section, 'preparers', h.preparers, 'presenter', h.presenter, 'proposal', h.proposal,
      'decision', h.decision, 'decisionType', h.decision_type, 'statementBodyId', h.statement_body_id,
      'responseText', h.response_text, 'resolutions', h.resolutions) ORDER BY h.event_seq)
    FROM handling h WHERE h.initiative_id = i.id), '[]') AS handlings,
  ${attachmentsOf('i.id')} AS attachments`;

const FIND_RECORD = prepared(
  `SELECT ${RECORD_COLUMNS} FROM initiative i WHERE i.id = $1 AND i.municipality_id = $2`,
);
/** The municipality's bodies among the ids given, as the column `bodies`: checked by the caller's rules. */
const bodiesNamed = (municipalityId: string, ids: string) =>
  `coalesce((SELECT json_agg(json_build_object('id', b.id, 'name', b.name, 'kind', b.kind, 'active', b.active))
    FROM body b WHERE b.municipality_id = ${municipalityId} AND b.id = ANY(${ids}::uuid[])), '[]') AS bodies`;
const READ_FOR_TRANSITION = prepared(
  `SELECT ${RECORD_COLUMNS}, ${bodiesNamed('$2', '$3')} FROM initiative i WHERE i.id = $1 AND i.municipality_id = $2`,
);
const LOCK_FOR_TRANSITION = prepared(
  `SELECT ${RECORD_COLUMNS}, ${bodiesNamed('$2', '$3')} FROM initiative i WHERE i.id = $1 AND i.municipality_id = $2
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
      due_at, signatory_names)
    SELECT $1, coalesce($2, (SELECT diary_number FROM drawn)), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
      1, $15, $19
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
        plan = await decide(known.record, known.bodies);
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

type ReadForTransition = InitiativeRecord & { bodies: BodySummary[] };

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
  const { bodies, ...record } = current;
  return write(sql, record, bodies, await request.decide(record, bodies), request);
}

/**
 * Appends the audit row and saves the state in one statement that writes nothing unless the version is still the
 * one decided on and the bodies decided on are still of the same kind and activity. Null: they were not.
 */
async function write(
  sql: Sql,
  record: InitiativeRecord,
  bodies: BodySummary[],
  plan: TransitionPlan,
  { id, municipalityId, actor }: TransitionRequest,
): Promise<InitiativeRecord | null> {
  const seq = record.version + 1;
  const dueAt = nextDueDate(plan.next.state, plan.next.context);
  const [updated] = await sql.rows<Pick<InitiativeRecord, 'updatedAt' | 'attachments'>>(WRITE_TRANSITION, [
    municipalityId,
    id,
    seq,
    plan.event.type,
    plan.event,
    actor,
    record.state,
    plan.next.state,
    MACHINE_VERSION,
    plan.next.context,
    dueAt,
    record.version,
    JSON.stringify(changedStatementRows(record.context, plan.next.context)),
    plan.handling ? JSON.stringify([handlingRow(plan.handling)]) : '[]',
    bodiesInvolved(plan),
    JSON.stringify(bodies.map(({ id: bodyId, kind, active }) => ({ id: bodyId, kind, active }))),
  ]);
  if (!updated) return null;
  return {
    ...record,
    state: plan.next.state,
    context: plan.next.context,
    version: seq,
    dueAt,
    machineVersion: MACHINE_VERSION,
    updatedAt: updated.updatedAt,
    attachments: updated.attachments,
    handlings: plan.handling ? [...record.handlings, { ...plan.handling, seq }] : record.handlings,
  };
}

/**
 * One statement for the whole write: the update of the initiative, checked against the version and bodies decided on, then – only if it updated –
 * the audit row, the handling and the statement requests (the table mirrors the context's requests, for
 * filtering by body). One statement is one transaction: all of it happens, or none.
 */
const WRITE_TRANSITION = prepared(`
  WITH updated AS (
    UPDATE initiative SET state = $8, context = $10, version = $3, due_at = $11, machine_version = $9,
      updated_at = now(), body_ids = ARRAY(SELECT DISTINCT unnest(body_ids || $15::uuid[]))
    WHERE id = $2 AND municipality_id = $1 AND version = $12
      AND (SELECT count(*) FROM body b, jsonb_to_recordset($16::jsonb) AS d(id uuid, kind text, active boolean)
           WHERE b.id = d.id AND b.municipality_id = $1 AND b.kind = d.kind AND b.active = d.active)
        = jsonb_array_length($16::jsonb)
    RETURNING updated_at
  ), audit AS (
    INSERT INTO initiative_event (municipality_id, initiative_id, seq, type, payload, actor, from_state, to_state,
      machine_version)
    SELECT $1::uuid, $2::uuid, $3::int, $4::text, $5::jsonb, $6::text, $7::text, $8::text, $9::int FROM updated
  ), handling_row AS (
    INSERT INTO handling (municipality_id, initiative_id, event_seq, event, body_id, date, section, preparers,
      presenter, proposal, decision, decision_type, statement_body_id, response_text, resolutions)
    SELECT $1, $2, $3, h.event, h.body_id, h.date, h.section, h.preparers, h.presenter, h.proposal, h.decision,
      h.decision_type, h.statement_body_id, h.response_text, h.resolutions
    FROM updated, jsonb_to_recordset($14::jsonb) AS h(event text, body_id uuid, date date, section int,
      preparers jsonb, presenter text, proposal text, decision text, decision_type text, statement_body_id uuid,
      response_text text, resolutions jsonb)
  ), requests AS (
    INSERT INTO statement_request (municipality_id, initiative_id, position, body_id, status, requested_on, due_date,
      preparers, resolved_on, waiver_reason)
    SELECT $1, $2, r.position, r.body_id, r.status, r.requested_on, r.due_date, r.preparers, r.resolved_on,
      r.waiver_reason
    FROM updated, jsonb_to_recordset($13::jsonb) AS r(position int, body_id uuid, status text, requested_on date,
      due_date date, preparers jsonb, resolved_on date, waiver_reason text)
    ON CONFLICT ON CONSTRAINT statement_request_position_unique DO UPDATE
      SET status = excluded.status, resolved_on = excluded.resolved_on, waiver_reason = excluded.waiver_reason
      WHERE (statement_request.status, statement_request.resolved_on, statement_request.waiver_reason)
        IS DISTINCT FROM (excluded.status, excluded.resolved_on, excluded.waiver_reason)
  )
  SELECT updated_at AS "updatedAt", ${attachmentsOf('$2')} AS attachments FROM updated`);

/** The bodies the list's body filter finds the initiative by: those that handled it and those asked. */
function bodiesInvolved({ handling, next }: TransitionPlan): string[] {
  const asked = next.context.statements.map((request) => request.bodyId);
  return handling?.bodyId ? [handling.bodyId, ...asked] : asked;
}

/**
 * The statement requests the event added or changed, as rows. Only status, resolution and waiver ever change: an
 * unchanged request is not sent, so the write neither looks it up nor locks it.
 */
function changedStatementRows(before: InitiativeContext, after: InitiativeContext) {
  return after.statements.flatMap((request, position) => {
    const was = before.statements[position];
    const changed =
      !was ||
      was.status !== request.status ||
      was.resolvedOn !== request.resolvedOn ||
      was.waiverReason !== request.waiverReason;
    if (!changed) return [];
    return [
      {
        position,
        body_id: request.bodyId,
        status: request.status,
        requested_on: request.requestedOn,
        due_date: request.dueDate,
        preparers: request.preparers,
        resolved_on: request.resolvedOn,
        waiver_reason: request.waiverReason,
      },
    ];
  });
}

function handlingRow(handling: Handling) {
  return {
    event: handling.event,
    body_id: handling.bodyId,
    date: handling.date,
    section: handling.section,
    preparers: handling.preparers,
    presenter: handling.presenter,
    proposal: handling.proposal,
    decision: handling.decision,
    decision_type: handling.decisionType,
    statement_body_id: handling.statementBodyId,
    response_text: handling.responseText,
    resolutions: handling.resolutions,
  };
}
