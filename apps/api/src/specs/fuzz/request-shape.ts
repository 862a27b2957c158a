import { SESSION_COOKIE } from '../../auth/auth.guard';
import {
  isRaw,
  mutateValue,
  paths,
  toJson,
  RAW,
  type CredentialChange,
  type Mutation,
  type Value,
} from './mutations';

// A request as a structure (route parameters, query, headers, JSON or multipart body) so that a mutation can
// change one thing anywhere in it, and the HTTP request it renders to.

export const FILE_CONTENT = Symbol('file content');
/** A multipart file: its name is structure a mutation may change, its bytes (behind a symbol) are not. */
export interface FilePart {
  fileName: Value;
  [FILE_CONTENT]: Buffer;
}
export const filePart = (fileName: string, content: Buffer): FilePart => ({
  fileName,
  [FILE_CONTENT]: content,
});

export interface RequestShape {
  method: string;
  /** With `:name` placeholders filled from `params`. */
  route: string;
  params?: Record<string, Value>;
  query?: Record<string, Value>;
  /** Headers that carry meaning, such as If-Match. */
  headers?: Record<string, Value>;
  body?: Value;
  form?: Record<string, Value>;
  token: string | null;
  remoteAddress?: string;
}

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  remoteAddress?: string;
}

const BOUNDARY = 'fuzz-boundary-7d1f';

const textOf = (value: Value): string => (typeof value === 'string' ? value : toJson(value));

/** Percent-encoded, lone surrogates as the bytes a careless client sends for them (WTF-8). */
function encodePart(value: Value): string {
  if (isRaw(value)) return value[RAW];
  return Array.from(textOf(value), (char) => {
    const code = char.codePointAt(0) as number;
    if (code < 0xd800 || code > 0xdfff) return encodeURIComponent(char);
    return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
      .map((byte) => `%${byte.toString(16).toUpperCase()}`)
      .join('');
  }).join('');
}

function queryString(query: Record<string, Value> | undefined): string {
  if (!query) return '';
  const pairs = Object.getOwnPropertyNames(query).flatMap((key) => {
    const value = query[key];
    const items = Array.isArray(value) ? value : [value];
    return items.filter((item) => item !== undefined).map((item) => `${encodePart(key)}=${encodePart(item)}`);
  });
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** Header values carry Latin-1 without control characters: anything else is left out of the header. */
const headerSafe = (value: Value) => textOf(value).replace(/[^\t\x20-\x7e\x80-\xff]/g, '');

function multipart(form: Record<string, Value>): Buffer {
  const parts = Object.getOwnPropertyNames(form).flatMap((name) => {
    const value = form[name];
    return (Array.isArray(value) ? value : [value]).map((item: Value) => {
      const file =
        item !== null && typeof item === 'object' && FILE_CONTENT in item ? (item as FilePart) : null;
      const disposition = `Content-Disposition: form-data; name="${name}"${file ? `; filename="${textOf(file.fileName)}"` : ''}`;
      return Buffer.concat([
        Buffer.from(`--${BOUNDARY}\r\n${disposition}\r\n\r\n`),
        file ? file[FILE_CONTENT] : Buffer.from(textOf(item)),
        Buffer.from('\r\n'),
      ]);
    });
  });
  return Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--\r\n`)]);
}

export function render(shape: RequestShape): HttpRequest {
  const path = shape.route.replace(/:(\w+)/g, (_, name: string) => {
    const value = shape.params?.[name];
    return value === undefined ? '' : encodePart(value);
  });
  const headers: Record<string, string> = {};
  if (shape.token !== null) headers.authorization = `Bearer ${shape.token}`;
  for (const name of Object.getOwnPropertyNames(shape.headers ?? {}))
    headers[name.toLowerCase()] = headerSafe(shape.headers?.[name]);
  let payload: string | Buffer | undefined;
  if (shape.body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = toJson(shape.body);
  } else if (shape.form !== undefined) {
    headers['content-type'] = `multipart/form-data; boundary=${BOUNDARY}`;
    payload = multipart(Object(shape.form) as Record<string, Value>);
  }
  return {
    method: shape.method,
    url: `${path}${queryString(shape.query)}`,
    headers,
    payload,
    remoteAddress: shape.remoteAddress,
  };
}

function credentials(request: HttpRequest, token: string | null, change: CredentialChange): HttpRequest {
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(([name]) => name !== 'authorization'),
  );
  const bearer = token ?? 'no-session';
  const changed: Record<CredentialChange, Record<string, string>> = {
    none: {},
    truncated: { authorization: `Bearer ${bearer.slice(0, -1)}` },
    garbage: { authorization: `Bearer ${'x'.repeat(5_000)}` },
    lowercaseScheme: { authorization: `bearer ${bearer}` },
    twice: { authorization: `Bearer ${bearer}, Bearer ${bearer}` },
    cookie: { cookie: `${SESSION_COOKIE}=${bearer}; ${SESSION_COOKIE}=%00` },
  };
  return { ...request, headers: { ...headers, ...changed[change] } };
}

/** The parts of a request a structural mutation may reach. */
function structureOf(shape: RequestShape): Record<string, Value> {
  const { params, query, headers, body, form } = shape;
  return Object.fromEntries(
    Object.entries({ params, query, headers, body, form }).filter(([, value]) => value !== undefined),
  );
}

/** Every value a structural mutation may reach: `replace` with `path: n` picks the n-th. */
export const placesIn = (shape: RequestShape): number => paths(structureOf(shape)).length;

/** The request with exactly one thing changed. */
export function mutate(shape: RequestShape, mutation: Mutation): HttpRequest {
  const request = render(shape);
  const { payload } = request;
  switch (mutation.kind) {
    case 'replace':
    case 'remove':
    case 'addKey': {
      const changed = mutateValue(structureOf(shape), mutation);
      if (changed === null) return credentials(request, shape.token, 'garbage');
      const { params, query, headers, body, form } = changed as Partial<RequestShape>;
      return render({ ...shape, params, query, headers, body, form });
    }
    case 'truncate':
      if (payload === undefined)
        return { ...request, url: request.url.slice(0, Math.max(5, mutation.at % request.url.length)) };
      return { ...request, payload: payload.slice(0, mutation.at % Math.max(1, payload.length)) };
    case 'duplicateKey':
      if (typeof payload === 'string' && payload.startsWith('{"'))
        return { ...request, payload: `{"type":"WITHDRAW",${payload.slice(1)}` };
      if (payload !== undefined)
        return { ...request, payload: Buffer.concat([Buffer.from(payload), Buffer.from(payload)]) };
      return { ...request, url: `${request.url}${request.url.includes('?') ? '&' : '?'}limit=1&limit=2` };
    case 'contentType':
      return {
        ...request,
        headers: { ...request.headers, 'content-type': mutation.type },
        payload: payload ?? (request.method === 'GET' ? undefined : 'x=1'),
      };
    case 'method':
      return { ...request, method: mutation.method };
    case 'credentials':
      return credentials(request, shape.token, mutation.change);
  }
}
