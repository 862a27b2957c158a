import type { InitiativeState } from '@aloite/domain';
import { useBodyName } from '../api/queries';
import type { Deadline, DeadlineStatus } from '../api/types';
import { deadlineKindLabel } from '../i18n/deadline-kinds';
import { useI18n } from '../i18n/i18n';

export function StateLabel({ state }: { state: InitiativeState }) {
  const { m } = useI18n();
  return <span className={`state state-${state}`}>{m.states[state]}</span>;
}

export function DeadlineLabel({ status }: { status: DeadlineStatus }) {
  const { m } = useI18n();
  return <span className={`deadline deadline-${status}`}>{m.deadlineStatus[status]}</span>;
}

/** What a deadline is for, and the body it waits on (a statement's). */
export function DeadlineKindLabel({ deadline }: { deadline: Pick<Deadline, 'kind' | 'bodyId'> }) {
  const { m } = useI18n();
  const bodyName = useBodyName();
  return (
    <>
      {deadlineKindLabel(m, deadline.kind)}
      {deadline.bodyId ? `: ${bodyName(deadline.bodyId)}` : ''}
    </>
  );
}
