import { isDeepStrictEqual } from 'node:util';
import { replay, type InitiativeEvent, type InitiativeFacts, type RulePack } from '@aloite/domain';
import { DEMO_ACTOR } from '@aloite/persistence';
import type { Client } from 'pg';
import { FILING_YEAR, type Ledger } from './lifecycle-workload';

// What must hold in every table after any crash (domain.md § 2, api.md): each initiative's row, audit log,
// handlings, statement requests and counters tell one story; diary numbers run without gaps; documents are whole;
// and everything a client saw succeed is there. Each check returns its violations, [] when it holds.

interface Stored {
  id: string;
  diary_number: string;
  title: string;
  text: string;
  state: string;
  context: { statements: Record<string, unknown>[]; closure: { annualListId: string | null } | null };
  version: number;
  handling_count: number;
  text_characters: number;
  body_ids: string[];
  signatories: number;
  events: { seq: number; type: string; payload: Record<string, any>; from: string | null; to: string }[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- event payloads
  handlings: Record<string, any>[] | null; // eslint-disable-line @typescript-eslint/no-explicit-any -- rows
  requests: Record<string, unknown>[] | null;
  pack: RulePack;
}

const STORED = `
  SELECT i.id, i.diary_number, i.title, i.text, i.state, i.context, i.version, i.handling_count, i.text_characters,
    i.body_ids, (SELECT count(*)::int FROM signatory s WHERE s.initiative_id = i.id) AS signatories,
    (SELECT json_agg(json_build_object('seq', e.seq, 'type', e.type, 'payload', e.payload, 'from', e.from_state,
       'to', e.to_state) ORDER BY e.seq) FROM initiative_event e WHERE e.initiative_id = i.id) AS events,
    (SELECT json_agg(to_jsonb(h) ORDER BY h.event_seq) FROM handling h WHERE h.initiative_id = i.id) AS handlings,
    (SELECT json_agg(json_build_object('position', r.position, 'bodyId', r.body_id, 'status', r.status,
       'requestedOn', r.requested_on, 'dueDate', r.due_date, 'preparers', r.preparers, 'resolvedOn', r.resolved_on,
       'waiverReason', r.waiver_reason) ORDER BY r.position) FROM statement_request r WHERE r.initiative_id = i.id)
      AS requests,
    (SELECT v.rules FROM rule_pack_version v
     WHERE v.municipality_id = i.municipality_id AND v.valid_from = i.rule_pack_from) AS pack
  FROM initiative i`;

/** domain.md § 2: an event with a meeting appends a handling of that body, date and §, with its texts. */
function handlingDefects(row: Stored): string[] {
  const withMeeting = row.events.filter((event) => event.payload.meeting);
  const handlings = row.handlings ?? [];
  if (handlings.length !== withMeeting.length || row.handling_count !== handlings.length) {
    return [
      `${handlings.length} handlings, ${withMeeting.length} meeting events, count ${row.handling_count}`,
    ];
  }
  return withMeeting.flatMap((event, index) => {
    const handling = handlings[index] as Record<string, unknown>;
    const { meeting, proposal, decision, responseText } = event.payload;
    const expected = { event_seq: event.seq, event: event.type, body_id: meeting.bodyId, date: meeting.date };
    const texts = { proposal, decision, response_text: responseText };
    const differs =
      Object.entries(expected).some(([key, value]) => handling[key] !== value) ||
      handling.section !== meeting.section ||
      Object.entries(texts).some(([key, value]) => value !== undefined && handling[key] !== value);
    return differs ? [`handling ${index} differs from audit row ${event.seq}`] : [];
  });
}

/** CONTRIBUTING: the row's text total counts its title, text and every handling's texts. */
function textCharacters(row: Stored): number {
  let total = row.title.length + row.text.length;
  for (const handling of row.handlings ?? []) {
    for (const field of ['presenter', 'proposal', 'decision', 'response_text'])
      total += (handling[field] as string | null)?.length ?? 0;
    for (const resolution of handling.resolutions as string[]) total += resolution.length;
    for (const preparer of handling.preparers as { name: string; title?: string; email?: string }[])
      total += preparer.name.length + (preparer.title?.length ?? 0) + (preparer.email?.length ?? 0);
  }
  return total;
}

function initiativeDefects(row: Stored): string[] {
  const defects: string[] = [];
  const { events } = row;
  if (!events?.length || events[0]?.type !== 'FILE') return ['no FILE audit row'];
  if (!events.every((event, index) => event.seq === index + 1) || row.version !== events.length)
    defects.push(`version ${row.version}, audit seqs ${events.map((event) => event.seq).join(',')}`);
  if (!events.every((event, index) => index === 0 || event.from === events[index - 1]?.to))
    defects.push('audit rows do not chain from state to state');
  if (events.at(-1)?.to !== row.state)
    defects.push(`state ${row.state}, last audit row to ${events.at(-1)?.to}`);
  const [filing, ...later] = events;
  try {
    const replayed = replay(
      filing?.payload.facts as InitiativeFacts,
      later.map((event) => event.payload as InitiativeEvent),
      row.pack,
    );
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(replayed)), { state: row.state, context: row.context }))
      defects.push('state and context differ from the replay of the audit log');
  } catch (error) {
    defects.push(`the audit log does not replay: ${(error as Error).message}`);
  }
  const mirrored = row.context.statements.map((request, position) => ({
    position,
    bodyId: request.bodyId,
    status: request.status,
    requestedOn: request.requestedOn,
    dueDate: request.dueDate,
    preparers: request.preparers,
    resolvedOn: request.resolvedOn,
    waiverReason: request.waiverReason,
  }));
  if (!isDeepStrictEqual(row.requests ?? [], mirrored))
    defects.push(
      `statement_request rows ${JSON.stringify(row.requests)} ≠ context ${JSON.stringify(mirrored)}`,
    );
  defects.push(...handlingDefects(row));
  if (row.text_characters !== textCharacters(row))
    defects.push(`text_characters ${row.text_characters}, texts ${textCharacters(row)}`);
  const bodies = new Set([
    ...(row.handlings ?? []).map((handling) => handling.body_id as string),
    ...row.context.statements.map((request) => request.bodyId as string),
  ]);
  if (row.body_ids.length !== bodies.size || !row.body_ids.every((id) => bodies.has(id)))
    defects.push(`body_ids ${row.body_ids.join(',')} ≠ bodies handling or asked ${[...bodies].join(',')}`);
  const signatories = (filing?.payload.signatories as unknown[] | undefined)?.length ?? 0;
  if (row.signatories !== signatories)
    defects.push(`${row.signatories} signatory rows, ${signatories} filed`);
  return defects.map((defect) => `${row.diary_number}: ${defect}`);
}

/** domain.md § 1: prefix, year and a running number; a drawn year's numbers are 1…last, each exactly once. */
async function diaryNumberDefects(db: Client, rows: Stored[]): Promise<string[]> {
  const prefix = `KAJDno-${FILING_YEAR}-`;
  const numbers = rows
    .filter((row) => row.diary_number.startsWith(prefix))
    .map((row) => Number(row.diary_number.slice(prefix.length)))
    .sort((a, b) => a - b);
  const { rows: sequence } = await db.query<{ last_value: number }>(
    `SELECT last_value FROM diary_sequence WHERE year = $1`,
    [FILING_YEAR],
  );
  const last = sequence[0]?.last_value ?? 0;
  const expected = Array.from({ length: last }, (_, index) => index + 1);
  return isDeepStrictEqual(numbers, expected)
    ? []
    : [`diary numbers of ${FILING_YEAR}: ${numbers.length} for a sequence at ${last}: ${numbers.join(',')}`];
}

/** A document's row and its bytes agree, and every document is one a client sent (or the demo data's own). */
async function documentDefects(db: Client, ledger: Ledger): Promise<string[]> {
  const { rows } = await db.query<{
    id: string;
    initiative_id: string;
    sha256: string;
    actual: string;
    size: number;
    bytes: number;
    uploaded_by: string;
  }>(
    `SELECT id, initiative_id, sha256, encode(sha256(content), 'hex') AS actual, size, octet_length(content) AS bytes,
       uploaded_by
     FROM attachment`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return [
    ...rows
      .filter((row) => row.sha256 !== row.actual || row.size !== row.bytes)
      .map((row) => `document ${row.id}: its bytes do not match its row`),
    ...rows
      .filter((row) => row.uploaded_by !== DEMO_ACTOR && !ledger.triedDocuments.has(row.actual))
      .map((row) => `document ${row.id}: bytes no client sent`),
    ...ledger.uploads
      .filter((upload) => {
        const row = byId.get(upload.id);
        return !row || row.initiative_id !== upload.initiativeId || row.actual !== upload.sha256;
      })
      .map((upload) => `acknowledged document ${upload.id} is missing or changed`),
  ];
}

/** Every 2xx is durable: the filing with its number, the event as its audit row, the list's closures. */
function acknowledgedDefects(rows: Stored[], ledger: Ledger): string[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const defects = [
    ...ledger.filings
      .filter((filing) => byId.get(filing.id)?.diary_number !== filing.diaryNumber)
      .map((filing) => `acknowledged filing ${filing.diaryNumber} is missing`),
    ...ledger.events
      .filter(({ id, seq, type, marker }) => {
        const audit = byId.get(id)?.events.find((event) => event.seq === seq);
        return audit?.type !== type || !JSON.stringify(audit.payload).includes(`"${marker}`);
      })
      .map(({ type, marker }) => `acknowledged ${type} ${marker} is not in the audit log`),
  ];
  for (const list of ledger.lists) {
    const closed = list.ids.filter(
      (id) =>
        byId.get(id)?.context.closure?.annualListId === list.annualListId && byId.get(id)?.state === 'closed',
    );
    const expected = list.acknowledged ? [list.ids.length] : [0, list.ids.length];
    if (!expected.includes(closed.length))
      defects.push(`annual list ${list.annualListId}: ${closed.length} of ${list.ids.length} closed`);
  }
  return defects;
}

export async function crashInvariantDefects(db: Client, ledger: Ledger): Promise<string[]> {
  const { rows } = await db.query<Stored>(STORED);
  return [
    ...rows.flatMap(initiativeDefects),
    ...(await diaryNumberDefects(db, rows)),
    ...(await documentDefects(db, ledger)),
    ...acknowledgedDefects(rows, ledger),
  ];
}
