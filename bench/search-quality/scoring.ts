// Recall and precision, micro-averaged: each category's (and the whole set's) figures count every (query,
// initiative) pair together, so a query that expects eight initiatives weighs eight times one that expects one.

export interface Outcome {
  category: string;
  query: string;
  expected: readonly string[];
  got: readonly string[];
}

export interface Figures {
  queries: number;
  /** Expected initiatives, summed over the queries. */
  expected: number;
  /** Initiatives returned, summed over the queries. */
  returned: number;
  /** Returned initiatives that were expected. */
  correct: number;
  /** correct / expected; null when nothing was expected. */
  recall: number | null;
  /** correct / returned; null when nothing was returned. */
  precision: number | null;
}

export function figuresOf(outcomes: readonly Outcome[]): Figures {
  let expected = 0;
  let returned = 0;
  let correct = 0;
  for (const outcome of outcomes) {
    const wanted = new Set(outcome.expected);
    const got = new Set(outcome.got);
    expected += wanted.size;
    returned += got.size;
    correct += [...got].filter((key) => wanted.has(key)).length;
  }
  return {
    queries: outcomes.length,
    expected,
    returned,
    correct,
    recall: expected === 0 ? null : correct / expected,
    precision: returned === 0 ? null : correct / returned,
  };
}

/** Figures per category, in the order the categories first appear. */
export function figuresByCategory(outcomes: readonly Outcome[]): Map<string, Figures> {
  const grouped = new Map<string, Outcome[]>();
  for (const outcome of outcomes)
    grouped.set(outcome.category, [...(grouped.get(outcome.category) ?? []), outcome]);
  return new Map([...grouped].map(([name, members]) => [name, figuresOf(members)]));
}

/** A query fails when it misses an expected initiative or returns one that was not expected. */
export function isExact(outcome: Outcome): boolean {
  const wanted = new Set(outcome.expected);
  const got = new Set(outcome.got);
  return wanted.size === got.size && [...got].every((key) => wanted.has(key));
}

const percent = (value: number | null) => (value === null ? '–' : `${(100 * value).toFixed(1)} %`);

/** One search setup's answers to the whole set (the analyzer it ran with). */
export interface Setup {
  name: string;
  outcomes: readonly Outcome[];
}

/** Each category's queries, then recall and precision of every setup side by side; `verbose` adds the failures. */
export function report(setups: readonly Setup[], verbose: boolean): string {
  const [first] = setups;
  if (!first) return '';
  const columns = (figures: readonly Figures[]) =>
    figures
      .map((each) => `${percent(each.recall).padStart(9)} ${percent(each.precision).padStart(10)}`)
      .join('  ');
  const row = (name: string, figures: readonly Figures[]) =>
    `  ${name.padEnd(28)} ${String(figures[0]?.queries ?? 0).padStart(7)} ${columns(figures)}`;
  const byCategory = setups.map((setup) => figuresByCategory(setup.outcomes));
  const lines = [
    `  ${''.padEnd(36)} ${setups.map((setup) => setup.name.padStart(20)).join('  ')}`,
    `  ${'category'.padEnd(28)} queries ${setups.map(() => '   recall  precision').join('  ')}`,
  ];
  for (const name of figuresByCategory(first.outcomes).keys())
    lines.push(
      row(
        name,
        byCategory.map((figures) => figures.get(name) ?? figuresOf([])),
      ),
    );
  lines.push(
    row(
      'overall',
      setups.map((setup) => figuresOf(setup.outcomes)),
    ),
  );
  if (verbose)
    for (const setup of setups) {
      const failing = setup.outcomes.filter((outcome) => !isExact(outcome));
      lines.push('', `Failing queries, ${setup.name} (${failing.length}):`);
      for (const { category, query, expected, got } of failing)
        lines.push(
          `  [${category}] ${query}\n    expected: ${expected.join(', ') || '–'}\n    got:      ${got.join(', ') || '–'}`,
        );
    }
  return lines.join('\n');
}
