import { handlingOf, type Handling } from './handling';
import type { EventType, InitiativeEvent } from './types';

export const CORRECTABLE_FIELDS = [
  'section',
  'date',
  'proposal',
  'decision',
  'responseText',
  'preparers',
  'presenter',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** The corrected values of a handling: only the fields named change. */
export type HandlingChanges = Partial<Pick<Handling, CorrectableField>>;

/** One field's value as recorded before the correction and as corrected. */
export type FieldChanges = { [F in CorrectableField]?: { before: Handling[F]; after: Handling[F] } };

/** The audit row of a correction (oikaisu): the handling it corrects (its event's seq), what changed and why. */
export interface HandlingCorrection {
  type: 'CORRECT_HANDLING';
  seq: number;
  changes: FieldChanges;
  reason: string;
}

/** What the audit log holds after its filing row: lifecycle events and corrections of their handlings. */
export type AuditLogEntry = InitiativeEvent | HandlingCorrection;

/** The fields each kind of handling records (types.ts): a correction changes only what was recorded. */
const RECORDED_FIELDS: Partial<Record<EventType, readonly CorrectableField[]>> = {
  REFER_TO_BOARD: ['section', 'date', 'proposal', 'decision'],
  RECORD_STATEMENT: CORRECTABLE_FIELDS,
  RECORD_BOARD_DECISION: ['section', 'date', 'preparers', 'presenter', 'proposal', 'decision'],
  RECORD_COUNCIL_DECISION: ['section', 'date', 'presenter', 'proposal', 'decision'],
  CLOSE_VIA_ANNUAL_LIST: ['section', 'date'],
  DECLARE_LAPSED: ['section', 'date'],
};

/** Issue 16 / domain § 8.5: a recorded handling's §, date, texts, preparers or presenter may be corrected. */
export function correctableFieldsOf(event: EventType): readonly CorrectableField[] {
  return RECORDED_FIELDS[event] ?? [];
}

/** The changes as the audit row keeps them: each named field's recorded value beside its corrected one. */
export function fieldChanges(handling: Handling, changes: HandlingChanges): FieldChanges {
  const named = CORRECTABLE_FIELDS.filter((field) => changes[field] !== undefined);
  return Object.fromEntries(
    named.map((field) => [field, { before: handling[field], after: changes[field] }]),
  );
}

/** Domain § 8.5: the timeline shows the corrected value. */
export function correctedHandling<H extends Handling>(handling: H, changes: FieldChanges): H {
  const after = Object.entries(changes).map(([field, change]) => [field, change.after]);
  return { ...handling, ...Object.fromEntries(after) };
}

/** The correctable values of a handling as corrected: what a correction's row keeps beside it. */
export function correctedValues(handling: Handling, changes: FieldChanges): HandlingChanges {
  const corrected = correctedHandling(handling, changes);
  return Object.fromEntries(CORRECTABLE_FIELDS.map((field) => [field, corrected[field]]));
}

/**
 * Domain § 8.5: oikaisu. The event as it should have been recorded: its meeting's date and § corrected. Only these
 * reach the machine (a closure's meeting, a statement's resolution day, answeredOn, endedOn); texts do not.
 */
export function correctedEvent(event: InitiativeEvent, changes: FieldChanges): InitiativeEvent {
  if (!('meeting' in event)) return event;
  const meeting = {
    ...event.meeting,
    date: changes.date?.after ?? event.meeting.date,
    section: changes.section?.after ?? event.meeting.section,
  };
  return { ...event, meeting };
}

/**
 * The lifecycle events an audit log stands for, each as corrected by every correction of its handling: a
 * correction's `seq` is its event's audit seq, and the log's first entry (after the filing) has seq 2. A
 * correction itself is null here: it moves nothing.
 */
export function correctedEvents(log: readonly AuditLogEntry[]): (InitiativeEvent | null)[] {
  const events: (InitiativeEvent | null)[] = [];
  for (const entry of log) {
    if (entry.type !== 'CORRECT_HANDLING') {
      events.push(entry);
      continue;
    }
    const index = entry.seq - 2;
    const target = events[index];
    if (!target) throw new Error(`correction of seq ${entry.seq}, which is no earlier lifecycle event`);
    events[index] = correctedEvent(target, entry.changes);
    events.push(null);
  }
  return events;
}

/** The handling the log's event at `seq` recorded, as every correction of it left it; null if it recorded none. */
export function handlingAt(log: readonly AuditLogEntry[], seq: number): Handling | null {
  const entry = log[seq - 2];
  const recorded = entry && entry.type !== 'CORRECT_HANDLING' ? handlingOf(entry) : null;
  if (!recorded) return null;
  return log.reduce(
    (handling, later) =>
      later.type === 'CORRECT_HANDLING' && later.seq === seq
        ? correctedHandling(handling, later.changes)
        : handling,
    recorded,
  );
}
