/** A problem+json answer from the API (RFC 9457), with the per-field errors of a 400. */
export interface FieldError {
  field: string;
  message: string;
  /** The API's validation rule (e.g. `isoDate`), when a validator said no. */
  rule?: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldError[],
    /** Diary numbers a bulk decision could not be applied to. */
    readonly refused: string[] = [],
  ) {
    super(detail);
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
  const problem = (await response.json().catch(() => ({}))) as {
    code?: string;
    detail?: string;
    errors?: FieldError[];
  };
  throw new ApiProblem(
    response.status,
    problem.code ?? 'UNKNOWN',
    problem.detail ?? '',
    problem.errors ?? [],
  );
}
