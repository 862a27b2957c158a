import { yearOf } from './dates';
import type { RulePack } from './rule-packs';
import {
  annualListDueDate,
  deadlinesOfFiling,
  isDirectAnswerAllowed,
  lapsesOnList,
  type DeadlineOfFiling,
} from './rules';
import type { InitiativeFacts, IsoDate } from './types';

/** How the board may answer: through the council, or directly where the rules allow it. */
export const ANSWER_CHANNELS = ['council', 'directAnswer'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

/** What a new rule-pack version would change for one initiative; null on a side: no change there. */
export interface RuleChange {
  deadlines: { before: DeadlineOfFiling[]; after: DeadlineOfFiling[] } | null;
  channel: { before: AnswerChannel; after: AnswerChannel } | null;
  lapse: { listYear: number; before: boolean; after: boolean } | null;
}

/** The next annual list: this year's until its due day, then next year's. */
export function nextListYear(pack: RulePack, today: IsoDate): number {
  const year = yearOf(today);
  return today <= annualListDueDate(pack, year) ? year : year + 1;
}

function channelOf(pack: RulePack, facts: InitiativeFacts): AnswerChannel {
  return isDirectAnswerAllowed(pack, facts) ? 'directAnswer' : 'council';
}

function sameDeadlines(a: DeadlineOfFiling[], b: DeadlineOfFiling[]): boolean {
  return (
    a.length === b.length &&
    a.every((deadline, index) => deadline.kind === b[index]?.kind && deadline.dueDate === b[index]?.dueDate)
  );
}

/**
 * Issue 17's what-if: an initiative's deadlines, answer channel and lapse on the next list under the version it
 * is judged by and under a new one, by the same rules that apply them; null when nothing would change.
 */
export function ruleChange(
  before: RulePack,
  after: RulePack,
  facts: InitiativeFacts,
  today: IsoDate,
): RuleChange | null {
  const deadlines = { before: deadlinesOfFiling(before, facts), after: deadlinesOfFiling(after, facts) };
  const channel = { before: channelOf(before, facts), after: channelOf(after, facts) };
  const listYear = nextListYear(after, today);
  const lapse = {
    listYear,
    before: lapsesOnList(before, facts.submittedOn, listYear),
    after: lapsesOnList(after, facts.submittedOn, listYear),
  };
  const change: RuleChange = {
    deadlines: sameDeadlines(deadlines.before, deadlines.after) ? null : deadlines,
    channel: channel.before === channel.after ? null : channel,
    lapse: lapse.before === lapse.after ? null : lapse,
  };
  return change.deadlines || change.channel || change.lapse ? change : null;
}
