import type { RequestShape } from './request-shape';

/**
 * One endpoint (one event type for the events endpoint) as the fuzzer drives it: a fresh target made through the
 * API, and the valid request for it (the twin) that the mutations start from.
 */
export interface EndpointCase<T = unknown> {
  name: string;
  prepare(largest: boolean, round: number): Promise<T>;
  /** `round` varies the valid choices (outcomes, publicity, sort order) from one pair to the next. */
  twin(target: T, largest: boolean, round: number): RequestShape;
  /** The largest twin is costly to prepare: only the last round has it (otherwise the first too). */
  largestOnce?: boolean;
  /** A browser's step that answers with a redirect (302), which for its twin is success. */
  redirects?: boolean;
}

export const endpointCase = <T>(definition: EndpointCase<T>) => definition as EndpointCase;

/** The same value for a read that changes nothing: there is nothing to use up. */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

export const pick = <T>(choices: readonly T[], round: number): T => choices[round % choices.length] as T;
