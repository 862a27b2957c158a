import type { InitiativeState } from '@aloite/domain';
import type { DeadlineStatus } from '../api/types';
import { useI18n } from '../i18n/i18n';

export function StateLabel({ state }: { state: InitiativeState }) {
  const { m } = useI18n();
  return <span className={`state state-${state}`}>{m.states[state]}</span>;
}

export function DeadlineLabel({ status }: { status: DeadlineStatus }) {
  const { m } = useI18n();
  return <span className={`deadline deadline-${status}`}>{m.deadlineStatus[status]}</span>;
}
