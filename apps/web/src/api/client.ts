import type { ErrorCode, FieldRule, Problem, ProblemParams } from './types';

/** A field the API refused: the rule it broke and what the message names, for the clerk's language. */
export interface FieldError {
  field: string;
  message: string;
  rule: FieldRule;
  params?: ProblemParams;
}

/** A problem+json answer from the API (RFC 9457): its code, the per-field errors of a 400 and what it names. */
export class ApiProblem extends Error {
  readonly code: ErrorCode | 'UNKNOWN';
  readonly detail: string;
  readonly errors: FieldError[];
  /** Diary numbers a bulk decision could not be applied to. */
  readonly refused: string[];
  readonly params: ProblemParams;

  constructor(
    readonly status: number,
    /** The answer's whole body, for what only some refusals carry (a step's reason, the state). */
    readonly body: Partial<Problem>,
  ) {
    super(body.detail ?? '');
    this.code = body.code ?? 'UNKNOWN';
    this.detail = body.detail ?? '';
    this.errors = body.errors ?? [];
    this.refused = body.refused ?? [];
    this.params = body.params ?? {};
  }

  /** Someone else changed the resource since it was loaded. */
  get isStale(): boolean {
    return this.status === 409 && this.code === 'STALE_VERSION';
  }
}

/** The network or the server failed before any answer came. */
export class ApiUnreachable extends Error {}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT';
  body?: unknown;
  /** A multipart form (a document upload) instead of a JSON body. */
  form?: FormData;
  ifMatch?: number;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
  } catch (error) {
    throw new ApiUnreachable(String(error));
  }
  if (response.status === 204) return undefined as T;
  if (response.ok) return (await response.json()) as T;
  const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
  throw new ApiProblem(response.status, problem);
}
