import {
  MACHINE_VERSION,
  nextDueDate,
  type Handling,
  type InitiativeContext,
  type InitiativeEvent,
  type StoredInitiative,
} from '@aloite/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ATTACHMENT_JSON } from './attachment-store';
import { AppError } from './errors';
import type { AuditEntry, Filing, InitiativeRecord, InitiativeRow, Signatory } from './records';

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
  coalesce((SELECT json_agg(${ATTACHMENT_JSON} ORDER BY a.uploaded_at, a.id)
    FROM attachment a WHERE a.initiative_id = i.id), '[]') AS attachments`;

/** Rules on the locked current state: the event to record, or an error that writes nothing. */
export type Decide = (current: InitiativeRow) => TransitionPlan | Promise<TransitionPlan>;

/** What the caller decided about one event, given the locked current state. */
export interface TransitionPlan {
  event: InitiativeEvent;
  next: StoredInitiative;
  handling: Handling | null;
}

export interface NewInitiative {
  filing: Filing;
  initial: StoredInitiative;
  /** Formats a generated diary number when the filing has none. */
  diaryNumberFor: (year: number, sequence: number) => string;
}

export class InitiativeStore {
  constructor(private readonly db: DataSource) {}

  /** Files an initiative: the row, its signatories and the first audit row, in one transaction. */
  async file(municipalityId: string, initiative: NewInitiative, actor: string): Promise<string> {
    const { initial, diaryNumberFor } = initiative;
    return this.db.transaction(async (tx) => {
      const year = Number(initiative.filing.submittedOn.slice(0, 4));
      const filing = {
        ...initiative.filing,
        diaryNumber:
          initiative.filing.diaryNumber ??
          (await nextFreeDiaryNumber(tx, municipalityId, year, diaryNumberFor)),
      };
      const [row] = (await tx.query(
        `INSERT INTO initiative (municipality_id, diary_number, title, text, kind, submitted_on, signatory_count,
           has_financial_effect, filed_body_id, filed_date, filed_section, state, context, machine_version, version,
           due_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 1, $15)
         ON CONFLICT ON CONSTRAINT initiative_diary_number_unique DO NOTHING
         RETURNING id`,
        [
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
        ],
      )) as { id: string }[];
      if (!row) {
        throw new AppError(
          'DUPLICATE_DIARY_NUMBER',
          `Diary number ${filing.diaryNumber} is already in use.`,
          {
            errors: [{ field: 'diaryNumber', message: 'already in use in this municipality' }],
          },
        );
      }
      await insertSignatories(tx, municipalityId, row.id, filing.signatories);
      await appendEvent(tx, municipalityId, row.id, {
        seq: 1,
        type: 'FILE',
        payload: { ...filing, facts: initial.context.facts },
        actor,
        fromState: null,
        toState: initial.state,
      });
      return row.id;
    });
  }

  /** One event on one initiative, in its own transaction (see transitionIn). */
  async transition(
    municipalityId: string,
    id: string,
    expectedVersion: number | null,
    actor: string,
    decide: Decide,
  ): Promise<InitiativeRecord> {
    return this.db.transaction((tx) => transitionIn(tx, municipalityId, id, expectedVersion, actor, decide));
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
    return this.db.transaction(async (tx) => {
      const records: InitiativeRecord[] = [];
      for (const change of ordered) {
        records.push(await transitionIn(tx, municipalityId, change.id, null, actor, change.decide));
      }
      return records;
    });
  }

  async find(municipalityId: string, id: string): Promise<InitiativeRecord | null> {
    const [record] = (await this.db.query(
      `SELECT ${RECORD_COLUMNS} FROM initiative i WHERE i.id = $1 AND i.municipality_id = $2`,
      [id, municipalityId],
    )) as InitiativeRecord[];
    return record ?? null;
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

/**
 * The write path: lock the row, compare the expected version, let `decide` rule on the locked state, then
 * append the audit row and save the state, in the caller's transaction. Anything thrown writes nothing.
 */
async function transitionIn(
  tx: EntityManager,
  municipalityId: string,
  id: string,
  expectedVersion: number | null,
  actor: string,
  decide: Decide,
): Promise<InitiativeRecord> {
  const [current] = (await tx.query(
    `SELECT ${RECORD_COLUMNS} FROM initiative i WHERE i.id = $1 AND i.municipality_id = $2 FOR UPDATE OF i`,
    [id, municipalityId],
  )) as InitiativeRecord[];
  if (!current) throw new AppError('NOT_FOUND', `No initiative ${id}.`);
  if (expectedVersion !== null && expectedVersion !== current.version) {
    throw new AppError(
      'STALE_VERSION',
      `The initiative has changed since you loaded it (your version ${expectedVersion}, now ${current.version}). Reload it and try again.`,
      { currentVersion: current.version },
    );
  }
  const plan = await decide(current);
  const seq = current.version + 1;
  const dueAt = nextDueDate(plan.next.state, plan.next.context);
  const [rows] = (await tx.query(WRITE_TRANSITION, [
    municipalityId,
    id,
    seq,
    plan.event.type,
    plan.event,
    actor,
    current.state,
    plan.next.state,
    MACHINE_VERSION,
    plan.next.context,
    dueAt,
    current.version,
    JSON.stringify(statementRows(plan.next.context)),
    plan.handling ? JSON.stringify([handlingRow(plan.handling)]) : '[]',
  ])) as [{ updatedAt: string }[], number];
  const updated = rows[0];
  // The row lock makes this safe already; the version check in the UPDATE is a second line of defence.
  if (!updated) throw new AppError('STALE_VERSION', 'The initiative changed during the update. Reload it.');
  return {
    ...current,
    state: plan.next.state,
    context: plan.next.context,
    version: seq,
    dueAt,
    machineVersion: MACHINE_VERSION,
    updatedAt: updated.updatedAt,
    handlings: plan.handling ? [...current.handlings, { ...plan.handling, seq }] : current.handlings,
  };
}

/** The next number of the year's running sequence that is not taken by a number typed in by hand. */
async function nextFreeDiaryNumber(
  tx: EntityManager,
  municipalityId: string,
  year: number,
  format: (year: number, sequence: number) => string,
): Promise<string> {
  for (;;) {
    const [{ value }] = (await tx.query(
      `INSERT INTO diary_sequence (municipality_id, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT ON CONSTRAINT diary_sequence_pk DO UPDATE SET last_value = diary_sequence.last_value + 1
       RETURNING last_value AS value`,
      [municipalityId, year],
    )) as [{ value: number }];
    const candidate = format(year, value);
    const taken = (await tx.query(
      `SELECT 1 FROM initiative WHERE municipality_id = $1 AND diary_number = $2`,
      [municipalityId, candidate],
    )) as unknown[];
    if (taken.length === 0) return candidate;
  }
}

async function insertSignatories(
  tx: EntityManager,
  municipalityId: string,
  id: string,
  signatories: Signatory[],
) {
  if (signatories.length === 0) return;
  await tx.query(
    `INSERT INTO signatory (municipality_id, initiative_id, position, name, party, first_signer)
     SELECT $1, $2, s.position, s.name, s.party, s.first_signer
     FROM jsonb_to_recordset($3::jsonb) AS s(position int, name text, party text, first_signer boolean)`,
    [
      municipalityId,
      id,
      JSON.stringify(
        signatories.map((signatory, position) => ({
          position,
          name: signatory.name,
          party: signatory.party,
          first_signer: signatory.firstSigner,
        })),
      ),
    ],
  );
}

type NewAuditRow = Omit<AuditEntry, 'machineVersion' | 'occurredAt'>;

async function appendEvent(tx: EntityManager, municipalityId: string, id: string, row: NewAuditRow) {
  await tx.query(
    `INSERT INTO initiative_event (municipality_id, initiative_id, seq, type, payload, actor, from_state, to_state,
       machine_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      municipalityId,
      id,
      row.seq,
      row.type,
      row.payload,
      row.actor,
      row.fromState,
      row.toState,
      MACHINE_VERSION,
    ],
  );
}

/**
 * One statement for the whole write: the audit row, the handling, the statement requests (the table mirrors the
 * context's requests, for filtering by body) and the version-checked update of the initiative.
 */
const WRITE_TRANSITION = `
  WITH audit AS (
    INSERT INTO initiative_event (municipality_id, initiative_id, seq, type, payload, actor, from_state, to_state,
      machine_version)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
  ), handling_row AS (
    INSERT INTO handling (municipality_id, initiative_id, event_seq, event, body_id, date, section, preparers,
      presenter, proposal, decision, decision_type, statement_body_id, response_text, resolutions)
    SELECT $1, $2, $3, h.event, h.body_id, h.date, h.section, h.preparers, h.presenter, h.proposal, h.decision,
      h.decision_type, h.statement_body_id, h.response_text, h.resolutions
    FROM jsonb_to_recordset($14::jsonb) AS h(event text, body_id uuid, date date, section int, preparers jsonb,
      presenter text, proposal text, decision text, decision_type text, statement_body_id uuid, response_text text,
      resolutions jsonb)
  ), requests AS (
    INSERT INTO statement_request (municipality_id, initiative_id, position, body_id, status, requested_on, due_date,
      preparers, resolved_on, waiver_reason)
    SELECT $1, $2, r.position, r.body_id, r.status, r.requested_on, r.due_date, r.preparers, r.resolved_on,
      r.waiver_reason
    FROM jsonb_to_recordset($13::jsonb) AS r(position int, body_id uuid, status text, requested_on date,
      due_date date, preparers jsonb, resolved_on date, waiver_reason text)
    ON CONFLICT ON CONSTRAINT statement_request_position_unique DO UPDATE
      SET status = excluded.status, resolved_on = excluded.resolved_on, waiver_reason = excluded.waiver_reason
      WHERE (statement_request.status, statement_request.resolved_on, statement_request.waiver_reason)
        IS DISTINCT FROM (excluded.status, excluded.resolved_on, excluded.waiver_reason)
  )
  UPDATE initiative SET state = $8, context = $10, version = $3, due_at = $11, machine_version = $9, updated_at = now()
  WHERE id = $2 AND version = $12
  RETURNING updated_at AS "updatedAt"`;

function statementRows(context: InitiativeContext) {
  return context.statements.map((request, position) => ({
    position,
    body_id: request.bodyId,
    status: request.status,
    requested_on: request.requestedOn,
    due_date: request.dueDate,
    preparers: request.preparers,
    resolved_on: request.resolvedOn,
    waiver_reason: request.waiverReason,
  }));
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
