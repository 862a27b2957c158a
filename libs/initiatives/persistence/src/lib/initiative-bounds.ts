import {
  STATEMENT_POSTPONEMENT_LIMIT,
  isFinal,
  keepsStatementOpen,
  mayPostponeStatement,
  openRequestFor,
  type Handling,
} from '@aloite/domain';
import { StoreError } from './errors';
import type { BodySummary, InitiativeRow, TransitionPlan } from './records';

// How large one initiative may grow. Each bound is far above what a municipality's initiative reaches, and low
// enough that an initiative read whole, by several staff at once, fits the API's 256 MB heap.

/** A long life is some 30 handlings (referral, a dozen statements, tablings, board and council); 100 is ample. */
export const HANDLING_LIMIT = 100;
/** Title, text and every handling's texts: some 330 pages of minutes (3,000 characters a page). */
export const TEXT_CHARACTER_LIMIT = 1_000_000;
/**
 * Kept beyond the text limit for the decisions that move the matter on: statements and tablings that fill the
 * limit cannot block the board's and the council's answer. A longest board decision (some 215,000 characters)
 * and a longest council decision (some 700,000, with 50 resolutions) fit in it.
 */
export const DECISION_TEXT_RESERVE = 1_000_000;
/** A municipality has some ten committees and subcommittees: each may be asked twice. */
export const STATEMENT_REQUEST_LIMIT = 20;

/** The characters a handling adds to its initiative's text total (the migration's backfill counts the same). */
export function handlingCharacters(handling: Handling): number {
  let characters =
    (handling.presenter?.length ?? 0) +
    (handling.proposal?.length ?? 0) +
    (handling.decision?.length ?? 0) +
    (handling.responseText?.length ?? 0);
  for (const resolution of handling.resolutions) characters += resolution.length;
  for (const preparer of handling.preparers) {
    characters += preparer.name.length + (preparer.title?.length ?? 0) + (preparer.email?.length ?? 0);
  }
  return characters;
}

/** The board's and the council's decisions, and whatever ends the initiative: these may use the reserve. */
function movesTheMatterOn({ event, next }: TransitionPlan): boolean {
  return (
    event.type === 'RECORD_BOARD_DECISION' || event.type === 'RECORD_COUNCIL_DECISION' || isFinal(next.state)
  );
}

const count = (value: number) => value.toLocaleString('en-US');

/**
 * Refuses a planned event that would take the initiative past a bound; decided on the row's counters, never on
 * the handlings' texts. Nothing is written after a refusal.
 */
export function refuseBeyondBounds(
  current: InitiativeRow,
  bodies: BodySummary[],
  plan: TransitionPlan,
): void {
  const { event, handling, next } = plan;
  const initiative = `Initiative ${current.diaryNumber}`;
  if (event.type === 'RECORD_STATEMENT' && keepsStatementOpen(event)) {
    const request = openRequestFor(current.context, { bodyId: event.bodyId });
    if (request && !mayPostponeStatement(request)) {
      const body = bodies.find((candidate) => candidate.id === event.bodyId)?.name ?? 'The body';
      throw new StoreError(
        'POSTPONEMENT_LIMIT_REACHED',
        `${body} has already tabled or returned this statement request ${STATEMENT_POSTPONEMENT_LIMIT} times, the most allowed. Record the body's statement with another decision, or ask the registry to waive the request. Nothing was saved.`,
      );
    }
  }
  if (next.context.statements.length > Math.max(STATEMENT_REQUEST_LIMIT, current.context.statements.length)) {
    throw new StoreError(
      'STATEMENT_REQUEST_LIMIT_REACHED',
      `${initiative} already has ${STATEMENT_REQUEST_LIMIT} statement requests, the most one initiative may have. Nothing was saved.`,
    );
  }
  if (!handling) return;
  // A decision that ends the initiative is still recorded: nothing can follow it.
  if (current.handlingCount >= HANDLING_LIMIT && !isFinal(next.state)) {
    throw new StoreError(
      'HANDLING_LIMIT_REACHED',
      `${initiative} already has ${HANDLING_LIMIT} handlings, the most one initiative may have. Nothing was saved; only a decision that ends the initiative can still be recorded.`,
    );
  }
  const adding = handlingCharacters(handling);
  const limit = movesTheMatterOn(plan) ? TEXT_CHARACTER_LIMIT + DECISION_TEXT_RESERVE : TEXT_CHARACTER_LIMIT;
  if (current.textCharacters + adding > limit) {
    throw new StoreError(
      'TEXT_LIMIT_REACHED',
      `${initiative} may hold ${count(limit)} characters of text in all (its text and every handling's); it has ${count(current.textCharacters)} and this handling adds ${count(adding)}. Shorten the texts, attaching long ones as documents, and try again. Nothing was saved.`,
    );
  }
}
