// Search quality: a fixed corpus (the demo data and the written initiatives of bench/search-quality) filed through
// the API into a fresh database, then every query of the quality set asked through the list's search
// (GET /api/initiatives?q=). Prints recall and precision per category and overall; `--verbose` lists the failing
// queries. The expectations come from reading the texts (queries.ts), so the figures measure whatever search
// the product has.
import { cpus } from 'node:os';
import { benchPostgres, startApi } from './harness';
import { corpusKeys, WRITTEN } from './search-quality/corpus';
import { QUERIES } from './search-quality/queries';
import { report, type Outcome } from './search-quality/scoring';
import { fileAll, search, signIn, worksInSwedishToo } from './search-quality/through-the-api';

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const started = Date.now();
  const postgres = await benchPostgres('aloite_search_quality');
  const api = await startApi(postgres.url);
  try {
    await worksInSwedishToo(api.baseUrl, await signIn(api.baseUrl, 'admin', 'demo-admin-2026'));
    const registrar = await signIn(api.baseUrl, 'hallintojohtaja', 'demo-hallintojohtaja');
    await fileAll(api.baseUrl, registrar, WRITTEN);
    const keyOf = new Map(corpusKeys().map(({ key, diaryNumber }) => [diaryNumber, key]));
    const loadedMs = Date.now() - started;

    const outcomes: Outcome[] = [];
    const refused: string[] = [];
    for (const { category, query, expected } of QUERIES) {
      const answer = await search(api.baseUrl, registrar, query);
      if (answer.status !== 200) refused.push(`  ${answer.status} for ${query}`);
      const got = answer.diaryNumbers.map(
        (diaryNumber) => keyOf.get(diaryNumber) ?? `not in the corpus: ${diaryNumber}`,
      );
      outcomes.push({ category, query, expected, got });
    }

    const swedish = WRITTEN.filter((entry) => entry.language === 'sv').length;
    process.stdout.write(
      `\nSearch quality: ${QUERIES.length} queries over ${keyOf.size} initiatives (the demo's ${keyOf.size - WRITTEN.length}, ` +
        `${WRITTEN.length - swedish} written in Finnish, ${swedish} in Swedish) through GET /api/initiatives?q=, ` +
        `API and PostgreSQL on the same ${cpus().length} cores; corpus loaded in ${(loadedMs / 1000).toFixed(1)} s, ` +
        `queries asked in ${((Date.now() - started - loadedMs) / 1000).toFixed(1)} s.\n` +
        'Recall and precision are micro-averaged: each sums the (query, initiative) pairs of its rows.\n\n' +
        `${report(outcomes, verbose)}\n`,
    );
    if (refused.length > 0)
      process.stdout.write(`\nQueries answered with an error:\n${refused.join('\n')}\n`);
  } finally {
    await api.stop();
    await postgres.stop();
    postgres.remove();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
