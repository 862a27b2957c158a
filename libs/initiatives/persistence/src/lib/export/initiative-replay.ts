import { isDeepStrictEqual } from 'node:util';
import {
  correct,
  correctedValues,
  diaryNumberPattern,
  handlingAt,
  start,
  step,
  toStored,
  type AuditLogEntry,
  type InitiativeFacts,
  type RulePack,
} from '@aloite/domain';
import { fileInitiativeIn } from '../initiative-filing';
import type { Filing, InitiativeRow, TransitionPlan } from '../records';
import { prepared, type Sql } from '../sql';
import { transitionIn } from '../transition-steps';
import { writeRow } from '../transition-write';

/** An archived audit row (initiative_event as to_jsonb writes it). */
export interface ArchivedEvent {
  initiative_id: string;
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  actor: string;
  to_state: string;
  occurred_at: string;
}

/** An archived initiative row: what its replay must come to. */
export interface ArchivedInitiative {
  id: string;
  state: string;
  context: unknown;
  version: number;
  rule_pack_from: string;
}

export class ReplayRefused extends Error {}

const RULES_FROM = prepared<{ rules: RulePack }>(
  `SELECT rules FROM rule_pack_version WHERE municipality_id = :municipalityId AND valid_from = :validFrom::date`,
);

/** The event or correction the audit row records, as the domain rules on it given the state it was recorded on. */
function planOf(current: InitiativeRow, log: AuditLogEntry[], entry: AuditLogEntry): TransitionPlan {
  if (entry.type === 'CORRECT_HANDLING') {
    const result = correct(current.context.facts, log, entry, current.pack);
    const handling = handlingAt(log, entry.seq);
    if (!result.ok || !handling)
      throw new ReplayRefused(`the correction of handling ${entry.seq} does not replay`);
    return {
      event: entry,
      next: result.next,
      handling: null,
      correction: { handlingSeq: entry.seq, corrected: correctedValues(handling, entry.changes) },
    };
  }
  const result = step({ state: current.state, context: current.context }, entry, current.pack);
  if (!result.ok) throw new ReplayRefused(`${entry.type} is refused in ${current.state}`);
  return { event: entry, next: result.next, handling: result.handling };
}

/**
 * Rebuilds one initiative from its audit log through the domain and the write path the API uses: its filing,
 * then every event and correction with its recorded actor and time. Refused unless each row leads to the state
 * it recorded and the whole log to the archived row's state, context and version.
 */
export async function replayInitiative(
  sql: Sql,
  municipalityId: string,
  archived: ArchivedInitiative,
  events: ArchivedEvent[],
): Promise<void> {
  const [filed, ...later] = events;
  const why = (reason: string) => new ReplayRefused(`Initiative ${archived.id}: ${reason}.`);
  if (filed?.type !== 'FILE' || filed.seq !== 1) throw why('its audit log does not begin with its filing');
  const [version] = await sql.rows(RULES_FROM, { municipalityId, validFrom: archived.rule_pack_from });
  if (!version) throw why(`no rule-pack version from ${archived.rule_pack_from}`);
  const pack = version.rules;
  const filing = filed.payload as unknown as Filing & { facts: InitiativeFacts };
  await fileInitiativeIn(
    sql,
    municipalityId,
    {
      filing,
      initial: toStored(start(filing.facts, pack)),
      pack,
      diaryNumberPattern: (year) => diaryNumberPattern(pack, year),
    },
    filed.actor,
    { id: archived.id, at: filed.occurred_at },
  );
  const log: AuditLogEntry[] = [];
  for (const event of later) {
    const entry = event.payload as unknown as AuditLogEntry;
    if (event.seq !== log.length + 2) throw why(`its audit log skips to ${event.seq}`);
    const written = await transitionIn(
      sql,
      {
        id: archived.id,
        municipalityId,
        expectedVersion: event.seq - 1,
        actor: event.actor,
        bodyIds: [],
        at: event.occurred_at,
        decide: (current) => {
          const plan = planOf(current, log, entry);
          if (plan.next.state !== event.to_state)
            throw why(`event ${event.seq} leads to ${plan.next.state}, not ${event.to_state}`);
          return plan;
        },
      },
      writeRow,
    ).catch((error: unknown) => {
      throw error instanceof ReplayRefused ? error : why(`event ${event.seq}: ${(error as Error).message}`);
    });
    log.push(entry);
    if (written.version !== event.seq) throw why(`event ${event.seq} was written as ${written.version}`);
  }
  const [replayed] = (await sql.rows(REPLAYED, { id: archived.id })) as ArchivedInitiative[];
  const same =
    replayed?.state === archived.state &&
    replayed.version === archived.version &&
    isDeepStrictEqual(replayed.context, archived.context);
  if (!same) throw why('its audit log does not replay to its exported state');
}

const REPLAYED = prepared<ArchivedInitiative>(
  `SELECT state, context, version FROM initiative WHERE id = :id`,
);
