import {
  CORRECTABLE_FIELDS,
  correct,
  correctableFieldsOf,
  correctedEvent,
  correctedValues,
  eventDateBounds,
  fieldChanges,
  handlingAt,
  type AuditLogEntry,
  type HandlingChanges,
  type HandlingCorrection,
  type IsoDate,
} from '@aloite/domain';
import type { AuditEntry, Decide, InitiativeRow } from '@aloite/persistence';
import { AppError, invalid } from '../http/app-error';
import { requirePermission, type RequestActor } from '../auth/request-actor';
import { requireDatesWithin } from '../validation/date-bounds';

export interface CorrectionRequest {
  seq: number;
  changes: HandlingChanges;
  reason: string;
}

/** The lifecycle events and corrections after the filing row, as `replay` and `correct` take them. */
function logOf(entries: AuditEntry[]): AuditLogEntry[] {
  return entries.slice(1).map((entry) => entry.payload as unknown as AuditLogEntry);
}

/**
 * How a correction of a recorded handling (domain § 8.5) is ruled on: the handling as the log has it now, who may
 * correct it, what its kind of handling recorded, the corrected date's bounds, then the state the corrected log
 * leads to. `readLog` reads the audit log; it is read again if the initiative moved on since. Refusals write nothing.
 */
export function decideCorrection(
  actor: RequestActor,
  request: CorrectionRequest,
  today: IsoDate,
  readLog: () => Promise<AuditEntry[]>,
): Decide {
  let entries: AuditEntry[] | null = null;
  return async (current: InitiativeRow) => {
    if (entries?.length !== current.version) entries = await readLog();
    const log = logOf(entries);
    const handling = handlingAt(log, request.seq);
    if (!handling)
      throw new AppError('NOT_FOUND', `Initiative ${current.diaryNumber} has no handling ${request.seq}.`);
    const { pack } = current;
    const why = 'Only the registry or the secretary of the body that handled it may correct a handling.';
    requirePermission(actor, 'CORRECT_HANDLINGS', why, { pack, forBody: handling.bodyId });
    const recorded = correctableFieldsOf(handling.event);
    const named = CORRECTABLE_FIELDS.filter((field) => request.changes[field] !== undefined);
    const unrecorded = named.find((field) => !recorded.includes(field));
    if (unrecorded)
      throw invalid(
        `changes.${unrecorded}`,
        `a ${handling.event} handling does not record it`,
        'notRecorded',
      );
    const changes = fieldChanges(handling, request.changes);
    if (Object.values(changes).every(({ before, after }) => JSON.stringify(before) === JSON.stringify(after)))
      throw invalid('changes', 'must change at least one recorded value', 'nothingToChange');
    const original = log[request.seq - 2];
    if (changes.date && original && original.type !== 'CORRECT_HANDLING') {
      const bounds = eventDateBounds(
        correctedEvent(original, changes),
        current.context.facts.submittedOn,
        today,
      );
      requireDatesWithin(bounds.map((bound) => ({ ...bound, field: 'changes.date' })));
    }
    const correction: HandlingCorrection = {
      type: 'CORRECT_HANDLING',
      seq: request.seq,
      changes,
      reason: request.reason,
    };
    const result = correct(current.context.facts, log, correction, pack);
    if (!result.ok)
      throw new AppError(
        'CORRECTION_CONTRADICTS_LOG',
        `As corrected, event ${result.seq} (${result.event}) of the audit log would not have been possible.`,
      );
    return {
      event: correction,
      next: result.next,
      handling: null,
      correction: { handlingSeq: request.seq, corrected: correctedValues(handling, changes) },
    };
  };
}
