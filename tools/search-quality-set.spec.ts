// Keeps the search-quality benchmark honest without asserting its figures: the set is as large as issue 18 asks,
// every expectation names an initiative that is in the corpus, and the arithmetic is micro-averaging done right.
/* eslint-disable @nx/enforce-module-boundaries -- the benchmark's own data and arithmetic, checked where workspace tests live */
import { DEMO_INITIATIVES } from '@aloite/domain/demo';
import { corpusKeys, WRITTEN } from '../bench/search-quality/corpus';
import { QUERIES } from '../bench/search-quality/queries';
import { figuresByCategory, figuresOf, isExact, report, type Outcome } from '../bench/search-quality/scoring';
/* eslint-enable @nx/enforce-module-boundaries */

describe('the search-quality set', () => {
  it('has at least 150 queries, 100 written initiatives and some in Swedish', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(150);
    expect(WRITTEN.length).toBeGreaterThanOrEqual(100);
    expect(WRITTEN.filter((entry) => entry.language === 'sv').length).toBeGreaterThanOrEqual(5);
  });

  it('names each initiative once, by a key and a diary number of its own, the demo ones included', () => {
    const keys = corpusKeys();
    expect(keys.length).toBe(DEMO_INITIATIVES.length + WRITTEN.length);
    expect(new Set(keys.map(({ key }) => key)).size).toBe(keys.length);
    expect(new Set(keys.map(({ diaryNumber }) => diaryNumber.toLowerCase())).size).toBe(keys.length);
  });

  it('expects only initiatives that are in the corpus, at least one for every query', () => {
    const known = new Set(corpusKeys().map(({ key }) => key));
    const unknown = QUERIES.flatMap(({ query, expected }) =>
      expected.filter((key) => !known.has(key)).map((key) => `${query} → ${key}`),
    );
    expect(unknown).toEqual([]);
    expect(QUERIES.filter(({ expected }) => expected.length === 0).map(({ query }) => query)).toEqual([]);
  });

  it('has at least 5 queries in every category, and no query twice', () => {
    const thin = [...figuresByCategory(QUERIES.map((query) => ({ ...query, got: [] })))]
      .filter(([, figures]) => figures.queries < 5)
      .map(([name]) => name);
    expect(thin).toEqual([]);
    expect(new Set(QUERIES.map(({ query }) => query)).size).toBe(QUERIES.length);
  });
});

describe('the benchmark’s arithmetic', () => {
  // x: 2 of 4 found with 1 stray, and 1 of 1 found (returned twice); y: nothing found of 2.
  const outcomes: Outcome[] = [
    { category: 'x', query: 'a-d', expected: ['a', 'b', 'c', 'd'], got: ['a', 'e', 'b'] },
    { category: 'x', query: 'f', expected: ['f'], got: ['f', 'f'] },
    { category: 'y', query: 'g-h', expected: ['g', 'h'], got: [] },
  ];

  it('micro-averages recall and precision over every (query, initiative) pair', () => {
    const byCategory = figuresByCategory(outcomes);
    // Micro: 3 of 5 expected, 3 of 4 returned; a per-query mean would give (0.5 + 1) / 2 and (2/3 + 1) / 2.
    expect(byCategory.get('x')).toEqual({
      queries: 2,
      expected: 5,
      returned: 4,
      correct: 3,
      recall: 0.6,
      precision: 0.75,
    });
    expect(byCategory.get('y')).toEqual({
      queries: 1,
      expected: 2,
      returned: 0,
      correct: 0,
      recall: 0,
      precision: null,
    });
    expect(figuresOf(outcomes)).toEqual({
      queries: 3,
      expected: 7,
      returned: 4,
      correct: 3,
      recall: 3 / 7,
      precision: 0.75,
    });
  });

  it('counts a query as failing when it misses or adds an initiative, and lists it with --verbose', () => {
    expect(outcomes.map(isExact)).toEqual([false, true, false]);
    const lines = report([{ name: 'one', outcomes }], true).split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ {2}x +2 +60\.0 % +75\.0 %$/),
        expect.stringMatching(/^ {2}y +1 +0\.0 % +–$/),
        expect.stringMatching(/^ {2}overall +3 +42\.9 % +75\.0 %$/),
        'Failing queries, one (2):',
        '  [x] a-d',
        '    expected: a, b, c, d',
        '    got:      a, e, b',
        '  [y] g-h',
      ]),
    );
    expect(lines).not.toContain('  [x] f');
    expect(report([{ name: 'one', outcomes }], false)).not.toContain('Failing');
  });

  it('prints each setup’s figures side by side, under its name', () => {
    const perfect = outcomes.map((outcome) => ({ ...outcome, got: outcome.expected }));
    const lines = report(
      [
        { name: 'Voikko', outcomes: perfect },
        { name: 'Node only', outcomes },
      ],
      false,
    ).split('\n');
    expect(lines[0]).toMatch(/Voikko +Node only$/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}x +2 +100\.0 % +100\.0 % +60\.0 % +75\.0 %$/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}overall +3 +100\.0 % +100\.0 % +42\.9 % +75\.0 %$/),
    );
  });
});
