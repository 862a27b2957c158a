import type { DeadlineKind } from '@aloite/domain';
import type { Messages } from './fi';

/** What a deadline is for, in words; a kind newer than this build reads as a plain deadline, never as its code. */
export function deadlineKindLabel(m: Messages, kind: string): string {
  return Object.hasOwn(m.deadlineKinds, kind) ? m.deadlineKinds[kind as DeadlineKind] : m.fields.deadline;
}
