import fc from 'fast-check';
import { XML_UNSAFE_TEXTS } from './hostile-text-and-cursors';

// Structure-aware mutations: take a valid request and change exactly one thing about it. A random-junk fuzzer
// rarely gets past the JSON parser; this one reaches every validator, the database and the state machine.

/** A JSON value, or raw JSON text spliced in as it is (numbers JSON.stringify cannot write). */
export type Value = unknown;
export const RAW = Symbol('raw');
export interface Raw {
  [RAW]: string;
}
const raw = (text: string): Raw => ({ [RAW]: text });

/**
 * Far deeper than the parser allows: 2,500 nested arrays were a 500 (class-transformer's recursion). Objects
 * recurse deeper in the list requests' re-serialising `toJson`, so they stay at 1,000 levels.
 */
const DEEPLY_NESTED = [
  raw(`${'['.repeat(2_500)}${']'.repeat(2_500)}`),
  raw(`${'{"a":'.repeat(1_000)}1${'}'.repeat(1_000)}`),
];

const HOSTILE_VALUES: Value[] = [
  null,
  true,
  0,
  -1,
  1.5,
  -0.5,
  2 ** 31,
  -(2 ** 31) - 1,
  raw('1e309'),
  raw('-1e309'),
  raw('9223372036854775808'),
  raw('1e-400'),
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  'x'.repeat(100_000),
  '2026-02-30',
  '9999-99-99',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  "'; DROP TABLE initiative; --",
  '%00',
  [],
  [null],
  ['\u0000'],
  {},
  ...DEEPLY_NESTED,
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
  ...XML_UNSAFE_TEXTS,
];

export type Path = (string | number)[];

export function paths(value: Value, prefix: Path = []): Path[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => [[...prefix, index], ...paths(item, [...prefix, index])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...paths(item, [...prefix, key]),
    ]);
  }
  return [];
}

function setAt(value: Value, path: Path, replacement: Value): Value {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    Value
  >;
  copy[head] = setAt(copy[head], rest, replacement);
  return copy;
}

function removeAt(value: Value, path: Path): Value {
  const parent = path.slice(0, -1);
  const key = path[path.length - 1] as string | number;
  const container = parent.reduce<Value>(
    (node, step) => (node as Record<string | number, Value>)[step],
    value,
  );
  if (Array.isArray(container))
    return setAt(
      value,
      parent,
      container.filter((_, index) => index !== key),
    );
  return setAt(
    value,
    parent,
    Object.fromEntries(Object.entries(container as object).filter(([name]) => name !== key)),
  );
}

/** JSON text, with raw fragments spliced in verbatim and `__proto__` kept as an own key. */
export function toJson(value: Value): string {
  if (value && typeof value === 'object' && RAW in (value as object)) return (value as Raw)[RAW];
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const own = Object.getOwnPropertyNames(value).map(
      (key) => `${JSON.stringify(key)}:${toJson((value as Record<string, Value>)[key])}`,
    );
    const proto = Object.getPrototypeOf(value) as object | null;
    if (proto && proto !== Object.prototype) own.push(`"__proto__":${toJson(proto)}`);
    return `{${own.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

export type Mutation =
  | { kind: 'replace'; path: Path; value: Value }
  | { kind: 'remove'; path: Path }
  | { kind: 'addKey'; path: Path; key: string; value: Value }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicateKey' }
  | { kind: 'contentType'; type: string }
  | { kind: 'method'; method: string };

export function mutationOf(body: Value): fc.Arbitrary<Mutation> {
  const all = paths(body);
  const objectPaths: Path[] = [
    [],
    ...all.filter((path) => {
      const node = path.reduce<Value>(
        (current, step) => (current as Record<string | number, Value>)[step],
        body,
      );
      return node !== null && typeof node === 'object' && !Array.isArray(node);
    }),
  ];
  const options: fc.Arbitrary<Mutation>[] = [
    fc.record({
      kind: fc.constant('addKey' as const),
      path: fc.constantFrom(...objectPaths),
      key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'type', ''),
      value: fc.constantFrom(...HOSTILE_VALUES),
    }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: 400 }) }),
    fc.constant({ kind: 'duplicateKey' as const }),
    fc.record({
      kind: fc.constant('contentType' as const),
      type: fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        '',
      ),
    }),
    fc.record({
      kind: fc.constant('method' as const),
      method: fc.constantFrom('PUT', 'PATCH', 'DELETE', 'GET'),
    }),
  ];
  if (all.length > 0) {
    options.push(
      fc.record({
        kind: fc.constant('replace' as const),
        path: fc.constantFrom(...all),
        value: fc.constantFrom(...HOSTILE_VALUES),
      }),
      fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...all) }),
    );
  }
  return fc.oneof(...options);
}

export function applyMutation(request: HttpRequest, body: Value, mutation: Mutation): HttpRequest {
  const json = (value: Value): HttpRequest => ({ ...request, payload: toJson(value) });
  switch (mutation.kind) {
    case 'replace':
      return json(setAt(body, mutation.path, mutation.value));
    case 'remove':
      return json(removeAt(body, mutation.path));
    case 'addKey': {
      // Spliced in as text: `__proto__` and `constructor` must arrive as keys of the JSON, not as a prototype.
      const target = mutation.path.reduce<Value>(
        (node, step) => (node as Record<string | number, Value>)[step],
        body,
      );
      const inner = toJson(target);
      const added = `${JSON.stringify(mutation.key)}:${toJson(mutation.value)}`;
      return json(
        setAt(body, mutation.path, raw(inner === '{}' ? `{${added}}` : `${inner.slice(0, -1)},${added}}`)),
      );
    }
    case 'truncate': {
      const text = toJson(body);
      return { ...request, payload: text.slice(0, mutation.at % Math.max(1, text.length)) };
    }
    case 'duplicateKey': {
      const text = toJson(body);
      return {
        ...request,
        payload: text.startsWith('{"') ? `{"type":"WITHDRAW",${text.slice(1)}` : `${text}${text}`,
      };
    }
    case 'contentType':
      return {
        ...request,
        payload: toJson(body),
        headers: { ...request.headers, 'content-type': mutation.type },
      };
    case 'method':
      return { ...request, method: mutation.method, payload: toJson(body) };
  }
}
