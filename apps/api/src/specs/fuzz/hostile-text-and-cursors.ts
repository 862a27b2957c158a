import { hasUnsafeCharacters } from '@aloite/domain';
import type { HttpRequest } from './request-shape';

/** Text XML 1.0 cannot carry: wherever it lands, the API refuses it, so it never reaches a document. */
export const XML_UNSAFE_TEXTS = ['a\u0001b', '\u0008', 'x\u000bx', '\u001b[31m', 'a\ufffeb', '\uffff'];

const ID = '6f1c2a58-0f5e-4e5b-9d55-0c6f1b7a1e21';
const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** List cursors as a tamperer writes them: well-formed base64url JSON with impossible values, and worse. */
export const TAMPERED_CURSORS = [
  ...['2026-02-30', '0000-01-01', '2026-13-01', '+275760-09-13', '-infinity', '2026-05-04T00:00:00Z'].map(
    (key) => cursor({ key, id: ID }),
  ),
  ...[12, null, {}, [], true, '9'.repeat(300)].map((key) => cursor({ key, id: ID })),
  ...['not-a-uuid', 12, null, ID.toUpperCase()].map((id) => cursor({ key: '2026-05-04', id })),
  ...['9.000000', '1e999', 'NaN', '-0.000001', '0.5', '9'.repeat(300), 0.5, null].map((rank) =>
    cursor({ rank, id: ID }),
  ),
  cursor(null),
  cursor([]),
  cursor({ key: '2026-05-04', id: ID, __proto__: { key: 'x' } }),
  Buffer.from('{"key":"2026-05-04","id":').toString('base64url'),
  'not base64 at all!',
  '%00',
  'x'.repeat(600),
];

/** Keys the DTOs drop without a word (class-transformer never assigns them), so their values are stored nowhere. */
const DROPPED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value)
    .filter(([key]) => !DROPPED_KEYS.has(key))
    .flatMap(([key, item]) => [key, ...textsOf(item)]);
}

/** Whether a request that is actually sent carries XML-unsafe text in its JSON body or its query string. */
export function carriesUnsafeText(request: HttpRequest): boolean {
  const query = Object.fromEntries(new URL(request.url, 'http://x').searchParams);
  if (textsOf(query).some(hasUnsafeCharacters)) return true;
  if (request.method === 'GET' || typeof request.payload !== 'string') return false;
  try {
    return textsOf(JSON.parse(request.payload)).some(hasUnsafeCharacters);
  } catch {
    return false;
  }
}
