import { ApiProblem, type FieldError } from '../api/client';
import type { ProblemParams } from '../api/types';
import type { Messages } from './fi';
import type { Named } from './fi/problems';
import { formatDate } from './i18n';

/** An action by its label: a lifecycle event's, or an administrative action's. */
export function actionLabel(m: Messages, action: string): string {
  const events: Record<string, string> = m.events;
  return events[action] ?? m.actions[action] ?? action;
}

/** What the API names, in the clerk's words: a day as 20.5.2026, an action and a state by their labels. */
function named(m: Messages, params: ProblemParams = {}): Named {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      const text = String(value);
      if (name === 'action') return [name, actionLabel(m, text)];
      return [name, /^\d{4}-\d{2}-\d{2}$/.test(text) ? formatDate(text) : text];
    }),
  );
}

/** Why a lifecycle step was refused, with what is possible instead. */
function refusalText(m: Messages, error: ApiProblem): string {
  const { reason, state, allowedEvents = [] } = error.body;
  if (!reason) return m.problems.TRANSITION_NOT_ALLOWED({});
  const text = m.refusals[reason]({ ...named(m, error.params), state: state ? m.states[state] : '' });
  if (reason !== 'notInState' || allowedEvents.length === 0) return text;
  return `${text} ${m.possibleNow(allowedEvents.map((event) => m.events[event]).join(', '))}`;
}

/** Any refusal of the API in the clerk's language, with what to do next; never the API's own English. */
export function problemText(m: Messages, error: unknown): string {
  if (!(error instanceof ApiProblem)) return m.common.unreachable;
  if (error.code === 'UNKNOWN') return m.unknownProblem;
  if (error.code === 'TRANSITION_NOT_ALLOWED') {
    if (error.refused.length > 0) return m.annualList.refused(error.refused.join(', '));
    const request = refusedRequest(m, error);
    return request ? m.statementRequests.refused(request.index + 1, request.text) : refusalText(m, error);
  }
  return m.problems[error.code]({ ...named(m, error.params), refused: error.refused.join(', ') });
}

/** A refused step about one of several statement requests sent at once: which one (0-based), and why. */
export function refusedRequest(m: Messages, error: unknown): { index: number; text: string } | null {
  if (!(error instanceof ApiProblem) || error.code !== 'TRANSITION_NOT_ALLOWED') return null;
  const index = error.body.requestIndex;
  return index === undefined ? null : { index, text: refusalText(m, error) };
}

/** A field's error: a value typed below zero is called negative, not "not a whole number". */
export function fieldText(m: Messages, error: FieldError, typed: unknown): string {
  const negative = error.rule === 'min' && Number(typed) < 0 ? 'yes' : '';
  return m.fieldRules[error.rule]({ ...named(m, error.params), ...(negative && { negative }) });
}

/** How many fields the API found fault with (a field with two broken rules is one field). */
export function faultyFieldCount(errors: FieldError[]): number {
  return new Set(errors.map((error) => error.field)).size;
}

/** What a form's alert says after a failed save: how many fields to fix, or why it was refused. */
export function alertText(m: Messages, error: unknown): string {
  const errors = fieldErrorsOf(error);
  return errors.length > 0 ? m.form.invalidBody(faultyFieldCount(errors)) : problemText(m, error);
}

export function fieldErrorsOf(error: unknown): FieldError[] {
  return error instanceof ApiProblem ? error.errors : [];
}
