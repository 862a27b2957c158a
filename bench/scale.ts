// 1,000,000 initiatives with ~10 audit rows each, seeded with set-based SQL; then the list endpoint's p50/p95
// for every filter, sort, deep cursor pages and a Finnish full-text query, with the query plans.
import { Client } from 'pg';
import { benchPostgres, json, startApi, summary } from './harness';
import { INITIATIVES, seed } from './scale-seed';

const SAMPLES = 30;

async function main(): Promise<void> {
  const postgres = await benchPostgres('aloite_scale');
  const api = await startApi(postgres.url);
  try {
    const token = (
      await json(api.baseUrl, 'POST', '/api/auth/login', null, {
        username: 'valtuustosihteeri',
        password: 'demo-valtuustosihteeri',
      })
    ).body.token as string;
    const bodies = (await json(api.baseUrl, 'GET', '/api/bodies', token)).body as {
      id: string;
      kind: string;
    }[];
    const me = (await json(api.baseUrl, 'GET', '/api/me', token)).body as { municipalityId: string };
    const council = bodies.find((body) => body.kind === 'council')?.id as string;
    const board = bodies.find((body) => body.kind === 'board')?.id as string;
    const committees = bodies
      .filter((body) => body.kind === 'committee' || body.kind === 'subcommittee')
      .map((body) => body.id);
    process.stdout.write(
      `Seeding ${INITIATIVES.toLocaleString('en')} initiatives with 10 audit rows each …\n`,
    );
    const seedMs = await seed(postgres.url, me.municipalityId, { council, board, committees });
    const db = new Client({ connectionString: postgres.url });
    await db.connect();
    const counts = (
      await db.query(
        `SELECT (SELECT count(*) FROM initiative) AS initiatives, (SELECT count(*) FROM initiative_event) AS events`,
      )
    ).rows[0];
    process.stdout.write(
      `seeded in ${(seedMs / 1000).toFixed(0)} s: ${counts.initiatives} initiatives, ${counts.events} audit rows\n\n`,
    );

    const deepCursor = async (sort: string) => {
      let cursor = '';
      for (let page = 0; page < 20; page++) {
        const response = await json(
          api.baseUrl,
          'GET',
          `/api/initiatives?limit=200&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
          token,
        );
        cursor = response.body.nextCursor as string;
      }
      return cursor;
    };
    const cases: [string, string][] = [
      ['default (filedAt)', ''],
      ['sort=-filedAt', 'sort=-filedAt'],
      ['sort=dueDate', 'sort=dueDate'],
      ['state=awaitingStatements', 'state=awaitingStatements'],
      ['state ×2', 'state=registered&state=councilConsideration'],
      ['q=uimahalli (Finnish FTS)', 'q=uimahallin'],
      ['q=two words', 'q=kirjasto%20tekoäly'],
      ['q=rare word (1 in 5,000)', 'q=kohde1234'],
      ['q=diary number', 'q=bench-123456'],
      ['q=name without diacritics', 'q=Aino%20Makinen'],
      ['q=common word (every row)', 'q=kaupunki'],
      ['q=compound part (koira)', 'q=koira'],
      ['q=compound head (valaistus)', 'q=valaistus'],
      ['q=inflected preparer name', 'q=Tikkasen'],
      ['bodyId', `bodyId=${committees[0]}`],
      ['year=2015', 'year=2015'],
      ['deadline=overdue', 'deadline=overdue'],
      ['deadline=dueSoon', 'deadline=dueSoon'],
      ['signatory=urpila', 'signatory=urpila'],
      ['limit=200', 'limit=200'],
      ['cursor, page 21 (filedAt)', `cursor=${await deepCursor('filedAt')}`],
      ['cursor, page 21 (-filedAt)', `sort=-filedAt&cursor=${await deepCursor('-filedAt')}`],
      ['cursor, page 21 (dueDate)', `sort=dueDate&cursor=${await deepCursor('dueDate')}`],
      ['state + year + -filedAt', 'state=closed&year=2010&sort=-filedAt'],
    ];
    process.stdout.write(
      `List endpoint over HTTP, ${SAMPLES} requests each after a warm-up (target p95 ≤ 50 ms):\n`,
    );
    for (const [name, query] of cases) {
      await json(api.baseUrl, 'GET', `/api/initiatives?${query}`, token);
      const latencies: number[] = [];
      for (let sample = 0; sample < SAMPLES; sample++) {
        const at = performance.now();
        const response = await json(api.baseUrl, 'GET', `/api/initiatives?${query}`, token);
        latencies.push(performance.now() - at);
        if (response.status !== 200) throw new Error(`${name}: ${response.status}`);
      }
      const { p50, p95 } = summary(latencies);
      process.stdout.write(
        `  ${name.padEnd(30)} p50 ${p50.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms\n`,
      );
    }
    process.stdout.write('\nQuery plans (the list query, as the API sends it):\n');
    for (const [name, sql] of [
      [
        'q (full text)',
        `SELECT id FROM initiative i WHERE i.municipality_id = '${me.municipalityId}' AND i.search @@ websearch_to_tsquery('finnish', 'uimahallin') ORDER BY i.submitted_on, i.id LIMIT 51`,
      ],
      [
        'signatory',
        `SELECT id FROM initiative i WHERE i.municipality_id = '${me.municipalityId}' AND i.signatory_names_folded LIKE '%urpila%' ORDER BY i.submitted_on, i.id LIMIT 51`,
      ],
      [
        'bodyId',
        `SELECT id FROM initiative i WHERE i.municipality_id = '${me.municipalityId}' AND i.body_ids @> ARRAY['${committees[0]}']::uuid[] ORDER BY i.submitted_on, i.id LIMIT 51`,
      ],
      [
        'dueDate sort',
        `SELECT id FROM initiative i WHERE i.municipality_id = '${me.municipalityId}' ORDER BY coalesce(i.due_at, 'infinity'::date), i.id LIMIT 51`,
      ],
      [
        'state',
        `SELECT id FROM initiative i WHERE i.municipality_id = '${me.municipalityId}' AND i.state = ANY('{awaitingStatements}') ORDER BY i.submitted_on, i.id LIMIT 51`,
      ],
    ]) {
      const plan = await db.query(`EXPLAIN ${sql}`);
      process.stdout.write(
        `  ${name}:\n${plan.rows.map((row: { 'QUERY PLAN': string }) => `    ${row['QUERY PLAN']}`).join('\n')}\n`,
      );
    }
    await db.end();
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
