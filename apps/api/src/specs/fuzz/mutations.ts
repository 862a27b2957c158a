import fc from 'fast-check';
import { TAMPERED_CURSORS, XML_UNSAFE_TEXTS } from './hostile-text-and-cursors';

// Structure-aware mutations: take a valid request and change exactly one thing about it. A random-junk fuzzer
// rarely gets past the JSON parser; this one reaches every validator, the database and the state machine.

/** A JSON value, or raw text spliced in as it is (numbers JSON.stringify cannot write, bytes a URL may carry). */
export type Value = unknown;
export const RAW = Symbol('raw');
export interface Raw {
  [RAW]: string;
}
export const raw = (text: string): Raw => ({ [RAW]: text });
export const isRaw = (value: Value): value is Raw =>
  value !== null && typeof value === 'object' && RAW in value;

/**
 * Far deeper than the parser allows: 2,500 nested arrays were a 500 (class-transformer's recursion). Objects
 * recurse deeper in the list requests' re-serialising `toJson`, so they stay at 1,000 levels.
 */
const DEEPLY_NESTED = [
  raw(`${'['.repeat(2_500)}${']'.repeat(2_500)}`),
  raw(`${'{"a":'.repeat(1_000)}1${'}'.repeat(1_000)}`),
];

/** `null` first: `value: 0` is null wherever it lands. */
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
  // Raw URL bytes where they land in a path or query; broken JSON where they land in a body.
  raw('%00'),
  raw('%ED%A0%80'),
  raw('%2e%2e%2f'),
  [],
  [null],
  ['\u0000'],
  {},
  ...DEEPLY_NESTED,
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
  ...XML_UNSAFE_TEXTS,
];

/** Null in every place of a request, one at a time: optional means "may be left out", never "may be null". */
export const nullAt = (place: number): Mutation => ({ kind: 'replace', path: place, value: 0 });

export type Path = (string | number)[];

/** Every path into a value; symbol keys (a document's bytes) are not part of its structure. */
export function paths(value: Value, prefix: Path = []): Path[] {
  if (isRaw(value)) return [];
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

export function valueAt(value: Value, path: Path): Value {
  return path.reduce<Value>((node, step) => (node as Record<string | number, Value>)[step], value);
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
  const container = valueAt(value, parent);
  if (Array.isArray(container))
    return setAt(
      value,
      parent,
      container.filter((_, index) => index !== key),
    );
  return setAt(
    value,
    parent,
    Object.fromEntries(Object.entries(container as object).filter(([name]) => name !== String(key))),
  );
}

/** Adds an own key, `__proto__` and `constructor` included, so it arrives as a key and not as a prototype. */
function addKeyAt(value: Value, path: Path, key: string, added: Value): Value {
  const copy = { ...(valueAt(value, path) as object) };
  Object.defineProperty(copy, key, { value: added, enumerable: true, writable: true, configurable: true });
  return setAt(value, path, copy);
}

/** JSON text, with raw fragments spliced in verbatim and `__proto__` kept as an own key. */
export function toJson(value: Value): string {
  if (isRaw(value)) return value[RAW];
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

/** One mutation, drawn before the request it applies to is known: indexes pick a path or value of that request. */
export type Mutation =
  | { kind: 'replace'; path: number; value: number }
  | { kind: 'remove'; path: number }
  | { kind: 'addKey'; path: number; key: string; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicateKey' }
  | { kind: 'contentType'; type: string }
  | { kind: 'method'; method: string }
  | { kind: 'credentials'; change: CredentialChange };

export const CREDENTIAL_CHANGES = [
  'none',
  'truncated',
  'garbage',
  'lowercaseScheme',
  'twice',
  'cookie',
] as const;
export type CredentialChange = (typeof CREDENTIAL_CHANGES)[number];

const index = fc.nat({ max: 1_000_000 });

export const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), path: index, value: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), path: index }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addKey' as const),
      path: index,
      key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'type', ''),
      value: index,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: 400 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'duplicateKey' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('contentType' as const),
      type: fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        '',
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('method' as const),
      method: fc.constantFrom('PUT', 'PATCH', 'DELETE', 'GET', 'POST'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('credentials' as const),
      change: fc.constantFrom(...CREDENTIAL_CHANGES),
    }),
  },
);

/** The hostile values for a place: a list cursor gets the tamperer's cursors too. */
function hostileValuesAt(path: Path): Value[] {
  return path[path.length - 1] === 'cursor' ? [...HOSTILE_VALUES, ...TAMPERED_CURSORS] : HOSTILE_VALUES;
}

/** A structural mutation applied inside a value (never to the value itself); null when it has no place for it. */
export function mutateValue(value: Value, mutation: Mutation): Value | null {
  const all = paths(value);
  if (all.length === 0) return null;
  const objectPaths = all.filter((path) => {
    const node = valueAt(value, path);
    return node !== null && typeof node === 'object' && !Array.isArray(node) && !isRaw(node);
  });
  switch (mutation.kind) {
    case 'replace': {
      const path = all[mutation.path % all.length] as Path;
      const values = hostileValuesAt(path);
      return setAt(value, path, values[mutation.value % values.length]);
    }
    case 'remove':
      return removeAt(value, all[mutation.path % all.length] as Path);
    case 'addKey':
      if (objectPaths.length === 0) return null;
      return addKeyAt(
        value,
        objectPaths[mutation.path % objectPaths.length] as Path,
        mutation.key,
        HOSTILE_VALUES[mutation.value % HOSTILE_VALUES.length],
      );
    case 'truncate':
    case 'duplicateKey':
    case 'contentType':
    case 'method':
    case 'credentials':
      return null;
  }
}
