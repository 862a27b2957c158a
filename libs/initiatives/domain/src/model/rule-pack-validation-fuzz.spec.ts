import fc from 'fast-check';
import { RULE_PACK_ERROR_CODES, RULE_PACK_IDS, TEMPLATES, parseRulePack, type RulePackParse } from '../index';

// Issue 17: "10,000 random mutations through the fuzzer" get an error naming a field, never a 500, and change
// nothing. Here the domain's half: mutations of the templates never throw, never change the input, and give a
// pack or a list of errors.
type Node = Record<PropertyKey, unknown>;

const KEYS = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'template',
    'kinds',
    'fi',
  ),
  fc.string(),
);
const nest = (depth: number): unknown => Array.from({ length: depth }).reduce((inner) => ({ a: [inner] }), 1);
const VALUES = fc.oneof(
  fc.anything({
    key: KEYS,
    withNullPrototype: true,
    withBoxedValues: true,
    withDate: true,
    withSparseArray: true,
  }),
  fc.constantFrom(
    NaN,
    Infinity,
    -0,
    1e308,
    2 ** 53 + 2,
    'NaN',
    '',
    ' ',
    '31',
    '2028-02-29',
    '{seq}',
    null,
    [],
    {},
  ),
  fc.integer({ min: -2, max: 10_001 }),
  fc.integer({ min: 1, max: 1_000 }).map(nest),
);
const MUTATION = fc.record({
  at: fc.nat(),
  how: fc.constantFrom('drop', 'replace', 'add'),
  key: KEYS,
  value: VALUES,
});
type Mutation = typeof MUTATION extends fc.Arbitrary<infer T> ? T : never;

const isTree = (value: unknown): value is Node =>
  Array.isArray(value) ||
  (typeof value === 'object' &&
    value !== null &&
    [Object.prototype, null].includes(Object.getPrototypeOf(value)));

/**
 * The objects and lists of a pack, to a depth that keeps a deeply nested value from being walked; not those an
 * earlier run froze (fast-check hands out its constants again).
 */
function nodesOf(root: Node): Node[] {
  const nodes: Node[] = [];
  const walk = (node: Node, depth: number) => {
    if (Object.isFrozen(node)) return;
    nodes.push(node);
    if (depth < 5) for (const child of Object.values(node)) if (isTree(child)) walk(child, depth + 1);
  };
  walk(root, 0);
  return nodes;
}

function mutate(pack: Node, { at, how, key, value }: Mutation): void {
  const nodes = nodesOf(pack);
  const node = nodes[at % nodes.length] as Node;
  const keys = Object.keys(node);
  const existing = keys[at % Math.max(keys.length, 1)];
  if (Array.isArray(node)) {
    if (how === 'add' || existing === undefined) node.push(value);
    else if (how === 'drop') node.splice(Number(existing), 1);
    else node[Number(existing)] = value;
  } else if (how === 'drop' && existing !== undefined) delete node[existing];
  // defineProperty, so that a key such as __proto__ becomes an own field, as JSON.parse makes it.
  else {
    const name = how === 'add' || existing === undefined ? key : existing;
    Object.defineProperty(node, name, { value, enumerable: true, writable: true, configurable: true });
  }
}

function deepFreeze(root: unknown): void {
  const pending = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (isTree(value) && !Object.isFrozen(value)) pending.push(...Object.values(Object.freeze(value)));
  }
}

function expectWellFormed(result: RulePackParse): void {
  if (result.ok) {
    expect(parseRulePack(result.pack)).toEqual(result);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const { field, code, message } of result.errors) {
    expect(typeof field === 'string' && field.length > 0).toBe(true);
    expect(RULE_PACK_ERROR_CODES).toContain(code);
    expect(message.length).toBeGreaterThan(0);
  }
}

describe('any input at all', () => {
  it('is either a pack or a list of errors naming fields, for thousands of mutated templates', () => {
    // Frozen inputs: a write to one throws in a module (strict mode), so a run that passes changed nothing.
    expect(() => {
      (Object.freeze({}) as Node)['a'] = 1;
    }).toThrow(TypeError);
    const outcomes = { ok: 0, refused: 0 };
    fc.assert(
      fc.property(
        fc.constantFrom(...RULE_PACK_IDS),
        fc.array(MUTATION, { minLength: 1, maxLength: 4 }),
        (id, mutations) => {
          const input = JSON.parse(JSON.stringify(TEMPLATES[id])) as Node;
          for (const mutation of mutations) mutate(input, mutation);
          deepFreeze(input);
          const result = parseRulePack(input);
          outcomes[result.ok ? 'ok' : 'refused'] += 1;
          expectWellFormed(result);
        },
      ),
      { numRuns: 3_000 },
    );
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it('is refused with an error, whatever it is instead of a pack', () => {
    fc.assert(
      fc.property(VALUES, (input) => {
        deepFreeze(input);
        expectWellFormed(parseRulePack(input));
      }),
      { numRuns: 1_000 },
    );
  });
});
