import {
  meetingBodyKind,
  type BodyKind,
  type EventType,
  type InitiativeState,
} from '@aloite/domain/vocabulary';
import type { Body } from '../api/types';
import { toIsoDate } from '../i18n/i18n';
import type { Row, Values } from './form';

// Request bodies built from what was typed. Anything that does not parse is sent as typed, so the API's answer
// names the field and the clerk sees the message there.

/**
 * What a form sends for a request body of type T: its fields by name and shape, but numbers and choices as typed
 * when they do not parse, for the API to refuse with the field named.
 */
export type AsTyped<T> = T extends number
  ? number | string
  : T extends string
    ? string
    : T extends readonly (infer Item)[]
      ? AsTyped<Item>[]
      : T extends object
        ? { [K in keyof T]: AsTyped<T[K]> }
        : T;

export const text = (values: Values, name: string) => String(values[name] ?? '').trim();

/** Left-out optional text is not sent at all (the API refuses null and empty). */
export function optional(values: Values, name: string): string | undefined {
  return text(values, name) || undefined;
}

/** A whole number when it is one; otherwise as typed, so the API names the field. */
export function integer(values: Values, name: string): number | string {
  const raw = text(values, name);
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

export const date = (values: Values, name: string) => toIsoDate(text(values, name));
export const optionalDate = (values: Values, name: string) =>
  text(values, name) ? date(values, name) : undefined;

/** Rows of text parts, trimmed; rows left wholly empty and empty optional parts are not sent. */
export function rows<Part = Record<string, string | boolean>>(values: Values, name: string): Part[] {
  // A row's parts are named by the form's fields, which name the parts of the request body.
  return ((values[name] as Row[] | undefined) ?? [])
    .filter((row) => Object.values(row).some((part) => typeof part === 'string' && part.trim()))
    .map(
      (row) =>
        Object.fromEntries(
          Object.entries(row)
            .map(([key, part]) => [key, typeof part === 'string' ? part.trim() : part] as const)
            .filter(([, part]) => part !== ''),
        ) as Part,
    );
}

/** The only body of a kind (every municipality has one council and one board) is chosen for the clerk. */
export function onlyBodyOf(bodies: Body[], kind: BodyKind | null): string {
  const candidates = bodies.filter((body) => body.kind === kind && body.active);
  return candidates.length === 1 ? candidates[0].id : '';
}

/** Domain § 2: the event an initiative in this state waits for that a council or board meeting records. */
const AWAITED_HANDLING: Partial<Record<InitiativeState, EventType>> = {
  registered: 'REFER_TO_BOARD',
  boardPreparation: 'RECORD_BOARD_DECISION',
  councilConsideration: 'RECORD_COUNCIL_DECISION',
};

/** The only body of the kind whose meeting the initiative awaits (its council or its board), if it awaits one. */
export function onlyBodyForNext(bodies: Body[], state: InitiativeState): string {
  const awaited = AWAITED_HANDLING[state];
  return awaited ? onlyBodyOf(bodies, meetingBodyKind(awaited)) : '';
}

export function bodyOptions(bodies: Body[], kinds: readonly BodyKind[]) {
  return bodies
    .filter((body) => kinds.includes(body.kind) && body.active)
    .map((body) => ({ value: body.id, label: body.name }));
}
