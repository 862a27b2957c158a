import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { correctedEvents, type AuditLogEntry, type HandlingCorrection } from './corrections';
import { yearOf } from './dates';
import { withRequestDefaults } from './context-updates';
import { openRequests } from './lifecycle-rules';
import { handlingOf, type Handling } from './handling';
import { initiativeMachine } from './machine';
import { authorize } from './permissions';
import type { RulePack } from './rule-packs';
import type {
  Actor,
  EventType,
  InitiativeContext,
  InitiativeEvent,
  InitiativeFacts,
  InitiativeState,
  IsoDate,
} from './types';
import { EVENT_TYPES, FINAL_STATES } from './types';

export type InitiativeSnapshot = SnapshotFrom<typeof initiativeMachine>;

/** The part of a snapshot that is persisted: enough to restore it. */
export interface StoredInitiative {
  state: InitiativeState;
  context: InitiativeContext;
}

export type Decision =
  | { ok: true; next: InitiativeSnapshot }
  | { ok: false; code: 'TRANSITION_NOT_ALLOWED'; state: InitiativeState; allowedEvents: EventType[] };

/** A new initiative, judged by the rule-pack version in force on its filing date. */
export function start(facts: InitiativeFacts, pack: RulePack): InitiativeSnapshot {
  return initialTransition(initiativeMachine, { facts, pack })[0];
}

export function restore(stored: StoredInitiative, pack: RulePack): InitiativeSnapshot {
  return initiativeMachine.resolveState({
    value: stored.state,
    context: { ...withRequestDefaults(stored.context), pack },
  });
}

export function stateOf(snapshot: InitiativeSnapshot): InitiativeState {
  return snapshot.value as InitiativeState;
}

/** The rule pack is not stored with the initiative: it is the version in force on the filing date. */
export function toStored(snapshot: InitiativeSnapshot): StoredInitiative {
  const { pack, ...context } = snapshot.context;
  return { state: stateOf(snapshot), context };
}

export function isFinal(state: InitiativeState): boolean {
  return FINAL_STATES.includes(state);
}

/**
 * Whether some transition is enabled for the event. `snapshot.can` is not enough: it ignores transitions that
 * neither move nor act, and a tabling (pöydälle) is exactly that.
 */
export function accepts(snapshot: InitiativeSnapshot, event: InitiativeEvent): boolean {
  return initiativeMachine.getTransitionData(snapshot, event).length > 0;
}

export function decide(snapshot: InitiativeSnapshot, event: InitiativeEvent): Decision {
  if (!accepts(snapshot, event)) {
    return {
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      state: stateOf(snapshot),
      allowedEvents: allowedEvents(snapshot, null, dateOf(event)),
    };
  }
  return { ok: true, next: transition(initiativeMachine, snapshot, event)[0] };
}

export type StoredStep =
  { ok: true; next: StoredInitiative; handling: Handling | null } | Extract<Decision, { ok: false }>;

/** `decide` on persisted form: what the API and the replay both run for one event. */
export function step(stored: StoredInitiative, event: InitiativeEvent, pack: RulePack): StoredStep {
  const decision = decide(restore(stored, pack), event);
  return decision.ok ? { ok: true, next: toStored(decision.next), handling: handlingOf(event) } : decision;
}

type Fold =
  | { ok: true; stored: StoredInitiative }
  | { ok: false; seq: number; event: EventType; stored: StoredInitiative };

function fold(facts: InitiativeFacts, log: readonly AuditLogEntry[], pack: RulePack): Fold {
  let stored = toStored(start(facts, pack));
  for (const [index, event] of correctedEvents(log).entries()) {
    if (!event) continue;
    const result = step(stored, event, pack);
    if (!result.ok) return { ok: false, seq: index + 2, event: event.type, stored };
    stored = result.next;
  }
  return { ok: true, stored };
}

/** Folds an audit log from the start, each event as its handling's corrections left it: the state it leads to. */
export function replay(
  facts: InitiativeFacts,
  log: readonly AuditLogEntry[],
  pack: RulePack,
): StoredInitiative {
  const folded = fold(facts, log, pack);
  if (!folded.ok)
    throw new Error(`replay refused event ${folded.seq} (${folded.event}) in ${folded.stored.state}`);
  return folded.stored;
}

export type CorrectionStep =
  | { ok: true; next: StoredInitiative }
  | { ok: false; code: 'CORRECTION_CONTRADICTS_LOG'; seq: number; event: EventType };

/**
 * Domain § 8.5: oikaisu. The state and context once the correction is made, as if its handling had been recorded
 * right; refused where a later event would then no longer have been possible (e.g. a statement dated before its
 * request).
 */
export function correct(
  facts: InitiativeFacts,
  log: readonly AuditLogEntry[],
  correction: HandlingCorrection,
  pack: RulePack,
): CorrectionStep {
  const folded = fold(facts, [...log, correction], pack);
  return folded.ok
    ? { ok: true, next: folded.stored }
    : { ok: false, code: 'CORRECTION_CONTRADICTS_LOG', seq: folded.seq, event: folded.event };
}

export function dateOf(event: InitiativeEvent): IsoDate {
  return 'meeting' in event ? event.meeting.date : event.date;
}

export function rulePackOf(snapshot: InitiativeSnapshot): RulePack {
  return snapshot.context.pack;
}

const PROBE_BODY = '\u0000unrequested body';

/**
 * Representative events of one type for the current snapshot: an event type is available when at least one of
 * them would be accepted, so the machine's guards stay the only place that decides.
 */
function probeEvents(
  type: EventType,
  snapshot: InitiativeSnapshot,
  actor: Actor | null,
  today: IsoDate,
): InitiativeEvent[] {
  const meeting = (bodyId: string) => ({ bodyId, date: today, section: 1 });
  const open = openRequests(snapshot.context);
  const openBodies = open.flatMap((request) => (request.bodyId === null ? [] : [request.bodyId]));
  const openOfficeHolders = open.flatMap((request) => (request.officeHolder ? [request.officeHolder] : []));
  switch (type) {
    case 'REFER_TO_BOARD':
      return [{ type, meeting: meeting('council') }];
    case 'REQUEST_STATEMENT':
      return [PROBE_BODY, ...(actor?.bodyIds ?? [])]
        .filter((bodyId) => !openBodies.includes(bodyId))
        .map((bodyId) => ({ type, bodyId, date: today, dueDate: today, preparers: [] }));
    case 'RECORD_STATEMENT':
      return openBodies.map((bodyId) => ({
        type,
        bodyId,
        meeting: meeting(bodyId),
        presenter: '',
        proposal: '',
        decision: '',
        decisionType: 'tabled',
        responseText: '',
      }));
    case 'RECORD_WRITTEN_STATEMENT':
      return openOfficeHolders.map((officeHolder) => ({ type, officeHolder, date: today, responseText: '' }));
    case 'WAIVE_STATEMENT':
      return [
        ...openBodies.map((bodyId) => ({ type, bodyId, date: today, reason: '' })),
        ...openOfficeHolders.map((officeHolder) => ({ type, officeHolder, date: today, reason: '' })),
      ];
    case 'REFER_FOR_MEASURES':
      return [{ type, bodyId: PROBE_BODY, date: today, replyExpected: false }];
    case 'RECORD_BOARD_DECISION':
      return [
        {
          type,
          meeting: meeting('board'),
          proposal: '',
          decision: '',
          decisionType: 'tabled',
          outcome: 'tabled',
        },
      ];
    case 'RECORD_COUNCIL_DECISION':
      return [
        {
          type,
          meeting: meeting('council'),
          decision: '',
          decisionType: 'tabled',
          outcome: 'tabled',
          resolutions: [],
        },
      ];
    case 'CLOSE_VIA_ANNUAL_LIST':
      return [{ type, meeting: meeting('council'), annualListId: '', listYear: yearOf(today) }];
    case 'WITHDRAW':
      return [{ type, date: today, requestedBy: '' }];
    case 'DECLARE_LAPSED':
      return [{ type, meeting: meeting('council') }];
  }
}

/**
 * The events this actor may apply now: state, guards and role together. With no actor, roles are ignored.
 * `today` dates the probe events, so date-dependent rules (lapse, annual list) answer for that day.
 */
export function allowedEvents(
  snapshot: InitiativeSnapshot,
  actor: Actor | null,
  today: IsoDate,
): EventType[] {
  const pack = rulePackOf(snapshot);
  return EVENT_TYPES.filter((type) =>
    probeEvents(type, snapshot, actor, today).some(
      (event) => (actor === null || authorize(actor, event, pack).ok) && accepts(snapshot, event),
    ),
  );
}
