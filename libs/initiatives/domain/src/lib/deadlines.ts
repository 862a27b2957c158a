import { RULE_PACKS } from './rule-packs';
import { councilDeadline, deadlineStatus, type DeadlineStatus } from './rules';
import type { InitiativeContext, InitiativeState, IsoDate, StatementRequest } from './types';

export type DeadlineKind = 'statement' | 'council';

export interface Deadline {
  kind: DeadlineKind;
  bodyId: string | null;
  dueDate: IsoDate;
  metOn: IsoDate | null;
  status: DeadlineStatus;
  rule: string | null;
}

/** What deadlines are computed from: a list's summary carries requests without preparers. */
export type DeadlineContext = Omit<InitiativeContext, 'statements'> & {
  statements: readonly Pick<StatementRequest, 'bodyId' | 'status' | 'dueDate' | 'resolvedOn'>[];
};

/** The deadlines that apply to an initiative; a withdrawn or lapsed initiative owes no council answer. */
export function deadlinesOf(state: InitiativeState, context: DeadlineContext, today: IsoDate): Deadline[] {
  const statements = context.statements.flatMap(({ status, bodyId, dueDate, resolvedOn }): Deadline[] =>
    status === 'cancelled' || dueDate === null
      ? []
      : [
          {
            kind: 'statement',
            bodyId,
            dueDate,
            metOn: resolvedOn,
            status: deadlineStatus(dueDate, resolvedOn, today),
            rule: null,
          },
        ],
  );
  const council = councilDeadline(RULE_PACKS[context.facts.rulePack], context.facts);
  if (!council || state === 'withdrawn' || state === 'lapsed') return statements;
  const metOn = context.answeredOn ?? context.closure?.date ?? null;
  return [
    ...statements,
    {
      kind: 'council',
      bodyId: null,
      dueDate: council.dueDate,
      metOn,
      status: deadlineStatus(council.dueDate, metOn, today),
      rule: council.rule,
    },
  ];
}

/** The earliest deadline not yet met: what a scheduler and the deadline filters look at. */
export function nextDueDate(state: InitiativeState, context: InitiativeContext): IsoDate | null {
  const pending = deadlinesOf(state, context, context.facts.submittedOn)
    .filter((deadline) => deadline.metOn === null)
    .map((deadline) => deadline.dueDate)
    .sort();
  return pending[0] ?? null;
}
