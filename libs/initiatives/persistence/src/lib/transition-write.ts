import { MACHINE_VERSION, nextDueDate, type Handling, type InitiativeContext } from '@aloite/domain';
import { handlingCharacters } from './initiative-bounds';
import type { BodySummary, InitiativeRecord, InitiativeRow, Signatory, TransitionPlan } from './records';
import { attachmentsOf, signatoriesAndHandlingsOf } from './record-columns';
import { prepared, type Prepared, type Sql } from './sql';

interface WriteRequest {
  id: string;
  municipalityId: string;
  actor: string;
  /** When the event happened: now, except when an import replays an audit log (its recorded times). */
  at?: string;
}

/** What a write statement reads back: at least the new timestamp; the documents and record where asked for. */
interface Written {
  updatedAt: string;
  attachments?: InitiativeRecord['attachments'];
  signatories?: Signatory[];
  handlings?: InitiativeRecord['handlings'];
}

/** A write of one planned event, given the state it was decided on: what the caller needs of it, or null. */
export type Writer<T> = (
  sql: Sql,
  current: InitiativeRow,
  bodies: BodySummary[],
  plan: TransitionPlan,
  request: WriteRequest,
) => Promise<T | null>;

/** The row as written, without reading anything back: what a decision on many initiatives needs. */
export const writeRow: Writer<Pick<InitiativeRow, 'id' | 'state' | 'version'>> = async (
  sql,
  current,
  bodies,
  plan,
  request,
) => {
  const updated = await run(sql, WRITE_TRANSITION_ROW, current, bodies, plan, request);
  return updated && { id: current.id, state: plan.next.state, version: current.version + 1 };
};

/**
 * The whole record as written, for a response. Decided on a remembered record, only the documents are read back;
 * decided on the row alone, the signatories and handlings are read back too: an opt-in that reads all the texts.
 */
export async function writeRecord(
  sql: Sql,
  current: InitiativeRow | InitiativeRecord,
  bodies: BodySummary[],
  plan: TransitionPlan,
  request: WriteRequest,
): Promise<InitiativeRecord | null> {
  const known = isRecord(current);
  const statement = known ? WRITE_TRANSITION : WRITE_TRANSITION_READING_RECORD;
  const updated = await run(sql, statement, current, bodies, plan, request);
  if (!updated) return null;
  const seq = current.version + 1;
  const addedCharacters = plan.handling ? handlingCharacters(plan.handling) : 0;
  // The statement's snapshot is from before its own insert: the new handling is appended here.
  const handlings = known ? current.handlings : (updated.handlings ?? []);
  return {
    ...current,
    state: plan.next.state,
    context: plan.next.context,
    version: seq,
    dueAt: nextDueDate(plan.next.state, plan.next.context, current.pack),
    machineVersion: MACHINE_VERSION,
    handlingCount: current.handlingCount + (plan.handling ? 1 : 0),
    textCharacters: current.textCharacters + addedCharacters,
    updatedAt: updated.updatedAt,
    signatories: known ? current.signatories : (updated.signatories ?? []),
    attachments: updated.attachments ?? [],
    handlings: plan.handling ? [...handlings, { ...plan.handling, seq, corrections: [] }] : handlings,
  };
}

function isRecord(current: InitiativeRow | InitiativeRecord): current is InitiativeRecord {
  return 'handlings' in current;
}

/**
 * Appends the audit row and saves the state in one statement that writes nothing unless the version is still the
 * one decided on and the bodies decided on are still of the same kind and activity. Null: they were not.
 */
async function run(
  sql: Sql,
  statement: Prepared<Written>,
  current: InitiativeRow,
  bodies: BodySummary[],
  plan: TransitionPlan,
  { id, municipalityId, actor, at }: WriteRequest,
): Promise<Written | null> {
  const [updated] = await sql.rows(statement, {
    municipalityId,
    id,
    seq: current.version + 1,
    type: plan.event.type,
    event: plan.event,
    actor,
    at: at ?? null,
    fromState: current.state,
    toState: plan.next.state,
    machineVersion: MACHINE_VERSION,
    context: plan.next.context,
    dueAt: nextDueDate(plan.next.state, plan.next.context, current.pack),
    packFrom: current.pack.validFrom,
    version: current.version,
    statementRequests: JSON.stringify(changedStatementRows(current.context, plan.next.context)),
    handlings: plan.handling ? JSON.stringify([handlingRow(plan.handling)]) : '[]',
    corrections: JSON.stringify(plan.correction ? [correctionRow(plan.event, plan.correction)] : []),
    bodiesInvolved: bodiesInvolved(plan),
    bodiesDecidedOn: JSON.stringify(
      bodies.map(({ id: bodyId, kind, active }) => ({ id: bodyId, kind, active })),
    ),
    handlingsAdded: plan.handling ? 1 : 0,
    charactersAdded: plan.handling ? handlingCharacters(plan.handling) : 0,
  });
  return updated ?? null;
}

/**
 * One statement for the whole write: the update of the initiative, checked against the version, rule-pack version
 * and bodies decided on, then – only if it updated –
 * the audit row, the handling and the statement requests (the table mirrors the context's requests, for
 * filtering by body). One statement is one transaction: all of it happens, or none.
 */
const writeTransition = (returning: string) => `
  WITH updated AS (
    UPDATE initiative SET state = :toState, context = :context, version = :seq, due_at = :dueAt,
      machine_version = :machineVersion,
      updated_at = coalesce(:at::timestamptz, now()), body_ids = ARRAY(SELECT DISTINCT unnest(body_ids || :bodiesInvolved::uuid[])),
      handling_count = handling_count + :handlingsAdded,
      text_characters = text_characters + :charactersAdded
    WHERE id = :id AND municipality_id = :municipalityId AND version = :version AND rule_pack_from = :packFrom::date
      AND (SELECT count(*) FROM body b, jsonb_to_recordset(:bodiesDecidedOn::jsonb)
             AS d(id uuid, kind text, active boolean)
           WHERE b.id = d.id AND b.municipality_id = :municipalityId AND b.kind = d.kind AND b.active = d.active)
        = jsonb_array_length(:bodiesDecidedOn::jsonb)
    RETURNING updated_at
  ), audit AS (
    INSERT INTO initiative_event (municipality_id, initiative_id, seq, type, payload, actor, from_state, to_state,
      machine_version, occurred_at)
    SELECT :municipalityId::uuid, :id::uuid, :seq::int, :type::text, :event::jsonb, :actor::text, :fromState::text,
      :toState::text, :machineVersion::int, updated_at FROM updated
  ), handling_row AS (
    INSERT INTO handling (municipality_id, initiative_id, event_seq, event, body_id, date, section, preparers,
      presenter, proposal, decision, decision_type, statement_body_id, response_text, resolutions)
    SELECT :municipalityId, :id, :seq, h.event, h.body_id, h.date, h.section, h.preparers, h.presenter, h.proposal, h.decision,
      h.decision_type, h.statement_body_id, h.response_text, h.resolutions
    FROM updated, jsonb_to_recordset(:handlings::jsonb) AS h(event text, body_id uuid, date date, section int,
      preparers jsonb, presenter text, proposal text, decision text, decision_type text, statement_body_id uuid,
      response_text text, resolutions jsonb)
  ), correction_row AS (
    INSERT INTO handling_correction (municipality_id, initiative_id, event_seq, handling_seq, changes, corrected,
      reason, actor, corrected_at)
    SELECT :municipalityId, :id, :seq, c.handling_seq, c.changes, c.corrected, c.reason, :actor, updated_at
    FROM updated, jsonb_to_recordset(:corrections::jsonb) AS c(handling_seq int, changes jsonb, corrected jsonb,
      reason text)
  ), requests AS (
    INSERT INTO statement_request (municipality_id, initiative_id, position, body_id, office_holder_name,
      office_holder_title, kind, reply_expected, status, requested_on, due_date, preparers, resolved_on, waiver_reason)
    SELECT :municipalityId, :id, r.position, r.body_id, r.office_holder_name, r.office_holder_title, r.kind,
      r.reply_expected, r.status, r.requested_on, r.due_date, r.preparers, r.resolved_on, r.waiver_reason
    FROM updated, jsonb_to_recordset(:statementRequests::jsonb) AS r(position int, body_id uuid,
      office_holder_name text, office_holder_title text, kind text, reply_expected boolean, status text,
      requested_on date, due_date date, preparers jsonb, resolved_on date, waiver_reason text)
    ON CONFLICT ON CONSTRAINT statement_request_position_unique DO UPDATE
      SET status = excluded.status, resolved_on = excluded.resolved_on, waiver_reason = excluded.waiver_reason
      WHERE (statement_request.status, statement_request.resolved_on, statement_request.waiver_reason)
        IS DISTINCT FROM (excluded.status, excluded.resolved_on, excluded.waiver_reason)
  )
  SELECT updated_at AS "updatedAt"${returning} FROM updated`;
const WRITE_TRANSITION_ROW = prepared<Written>(writeTransition(''));
/** After a decision on a remembered record: the documents, which are added without a transition. */
const WRITE_TRANSITION = prepared<Written>(writeTransition(`, ${attachmentsOf(':id')} AS attachments`));
/** After a decision on the row alone: the response needs the signatories and handlings too. */
const WRITE_TRANSITION_READING_RECORD = prepared<Written>(
  writeTransition(`, ${attachmentsOf(':id')} AS attachments, ${signatoriesAndHandlingsOf(':id::uuid')}`),
);

/** The bodies the list's body filter finds the initiative by: those that handled it and those asked. */
function bodiesInvolved({ handling, next }: TransitionPlan): string[] {
  const asked = next.context.statements.flatMap((request) => (request.bodyId ? [request.bodyId] : []));
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
        office_holder_name: request.officeHolder?.name ?? null,
        office_holder_title: request.officeHolder?.title ?? null,
        kind: request.kind,
        reply_expected: request.replyExpected,
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

function correctionRow(
  event: TransitionPlan['event'],
  correction: NonNullable<TransitionPlan['correction']>,
) {
  if (event.type !== 'CORRECT_HANDLING') throw new Error(`${event.type} carries no correction`);
  return {
    handling_seq: correction.handlingSeq,
    changes: event.changes,
    corrected: correction.corrected,
    reason: event.reason,
  };
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
