import { StoreError } from './errors';
import { refuseBeyondBounds } from './initiative-bounds';
import type { BodySummary, Decide, InitiativeRow, TransitionPlan } from './records';
import { bodiesNamed, INITIATIVE_COLUMNS } from './record-columns';
import { prepared, type Sql } from './sql';
import type { Writer } from './transition-write';

/** A transition is decided on the row alone (state, context and the counters its bounds need), never the texts. */
const readForTransition = (lock: string) =>
  prepared<ReadForTransition>(`SELECT ${INITIATIVE_COLUMNS}, ${bodiesNamed(':municipalityId', ':bodyIds')}
    FROM initiative i WHERE i.id = :id AND i.municipality_id = :municipalityId${lock}`);
export const READ_FOR_TRANSITION = readForTransition('');
const LOCK_FOR_TRANSITION = readForTransition(' FOR UPDATE OF i');

export interface TransitionRequest {
  id: string;
  municipalityId: string;
  expectedVersion: number | null;
  actor: string;
  decide: Decide;
  /** Bodies the event names, read with the state for `decide`. */
  bodyIds: string[];
  /** When the event happened, if not now: an import replaying an audit log. */
  at?: string;
}

export type ReadForTransition = InitiativeRow & { bodies: BodySummary[] };

/** The caller's decision on the current state, refused if it would take the initiative past a bound. */
export async function planWithinBounds(
  request: TransitionRequest,
  current: InitiativeRow,
  bodies: BodySummary[],
): Promise<TransitionPlan> {
  const plan = await request.decide(current, bodies);
  refuseBeyondBounds(current, bodies, plan);
  return plan;
}

/** The plan decided on `current`, or whatever refused it: kept until a fresh read says whether it stands. */
export async function decideOn(
  request: TransitionRequest,
  current: InitiativeRow,
  bodies: BodySummary[],
): Promise<{ plan: TransitionPlan } | { refusal: unknown }> {
  try {
    return { plan: await planWithinBounds(request, current, bodies) };
  } catch (refusal) {
    return { refusal };
  }
}

/** What was remembered is what was read: the same version and rule-pack version, and the named bodies as they were. */
export function isStill(
  remembered: { record: InitiativeRow; bodies: BodySummary[] },
  read: ReadForTransition,
): boolean {
  const same = (a: BodySummary, b: BodySummary) =>
    a.id === b.id && a.name === b.name && a.kind === b.kind && a.active === b.active;
  return (
    read.version === remembered.record.version &&
    read.pack.validFrom === remembered.record.pack.validFrom &&
    read.bodies.length === remembered.bodies.length &&
    remembered.bodies.every((body) => read.bodies.some((other) => same(body, other)))
  );
}

/**
 * The write path under the row lock, in the caller's transaction: nobody can write in between, so the write
 * cannot miss. Anything thrown writes nothing.
 */
export async function transitionIn<T>(sql: Sql, request: TransitionRequest, writer: Writer<T>): Promise<T> {
  const { id, municipalityId, bodyIds } = request;
  const [read] = await sql.rows(LOCK_FOR_TRANSITION, { id, municipalityId, bodyIds });
  const written = await decideAndWrite(sql, read, request, writer);
  // The row lock makes this impossible; the version check in the write is a second line of defence.
  if (!written) throw new StoreError('STALE_VERSION', 'The initiative changed during the update. Reload it.');
  return written;
}

/**
 * Checks the expected version, lets `decide` rule on the state read, then writes. Null: the initiative or a body
 * changed since it was read.
 */
export async function decideAndWrite<T>(
  sql: Sql,
  current: ReadForTransition | undefined,
  request: TransitionRequest,
  writer: Writer<T>,
): Promise<T | null> {
  if (!current) throw new StoreError('NOT_FOUND', `No initiative ${request.id}.`);
  const { expectedVersion } = request;
  if (expectedVersion !== null && expectedVersion !== current.version) {
    throw new StoreError(
      'STALE_VERSION',
      `The initiative has changed since you loaded it (your version ${expectedVersion}, now ${current.version}). Reload it and try again.`,
      { currentVersion: current.version },
    );
  }
  const { bodies, ...row } = current;
  return writer(sql, row, bodies, await planWithinBounds(request, row, bodies), request);
}
