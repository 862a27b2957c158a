import type { RulePack } from './rule-packs';
import { acknowledgementDueDate, deadlineStatus, deadlinesOfFiling, type DeadlineStatus } from './rules';
import type { InitiativeContext, InitiativeState, IsoDate, StatementRequest } from './types';

/** Council: handled by the council; answer: answered in writing; acknowledgement: the initiator told of the referral. */
export const DEADLINE_KINDS = ['statement', 'council', 'answer', 'acknowledgement'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Deadline {
  kind: DeadlineKind;
  bodyId: string | null;
  dueDate: IsoDate;
  metOn: IsoDate | null;
  status: DeadlineStatus;
  rule: string | null;
}

/** What deadlines are computed from: a list's summary carries requests without preparers. */
export type DeadlineContext = Omit<InitiativeContext, 'statements' | 'referredOn'> & {
  referredOn?: IsoDate | null;
  statements: readonly Pick<StatementRequest, 'bodyId' | 'status' | 'dueDate' | 'resolvedOn'>[];
};

function deadline(
  kind: DeadlineKind,
  dueDate: IsoDate,
  metOn: IsoDate | null,
  today: IsoDate,
  rule: string | null,
) {
  return { kind, bodyId: null, dueDate, metOn, status: deadlineStatus(dueDate, metOn, today), rule };
}

/**
 * The deadlines that apply to an initiative under the rule-pack version it is judged by; a withdrawn or lapsed
 * initiative owes no answer.
 */
export function deadlinesOf(
  state: InitiativeState,
  context: DeadlineContext,
  today: IsoDate,
  pack: RulePack,
): Deadline[] {
  const statements = context.statements.flatMap(({ status, bodyId, dueDate, resolvedOn }): Deadline[] =>
    status === 'cancelled' || dueDate === null
      ? []
      : [{ ...deadline('statement', dueDate, resolvedOn, today, null), bodyId }],
  );
  const acknowledgedBy = acknowledgementDueDate(pack, context.facts);
  const acknowledgement = acknowledgedBy
    ? [deadline('acknowledgement', acknowledgedBy, context.referredOn ?? null, today, null)]
    : [];
  if (state === 'withdrawn' || state === 'lapsed') return [...statements, ...acknowledgement];
  const answeredOn = context.answeredOn ?? context.closure?.date ?? null;
  const answers = deadlinesOfFiling(pack, context.facts).map(({ kind, dueDate, rule }) =>
    deadline(kind, dueDate, answeredOn, today, rule),
  );
  return [...statements, ...acknowledgement, ...answers];
}

/** The earliest deadline not yet met: what a scheduler and the deadline filters look at. */
export function nextDueDate(
  state: InitiativeState,
  context: InitiativeContext,
  pack: RulePack,
): IsoDate | null {
  const pending = deadlinesOf(state, context, context.facts.submittedOn, pack)
    .filter((deadline) => deadline.metOn === null)
    .map((deadline) => deadline.dueDate)
    .sort();
  return pending[0] ?? null;
}
