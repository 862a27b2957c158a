// 1,000,000 initiatives with ~10 audit rows each, seeded with set-based SQL; then the list endpoint's p50/p95
// for every filter, sort, deep cursor pages and a Finnish full-text query, with the query plans.
import { Client } from 'pg';
import { benchPostgres, json, startApi, summary } from './harness';

const INITIATIVES = Number(process.env.BENCH_INITIATIVES ?? 1_000_000);
const SAMPLES = 30;

const WORDS = [
  'koulu',
  'kirjasto',
  'uimahalli',
  'joukkoliikenne',
  'päiväkoti',
  'liikuntapaikka',
  'katuvalaistus',
  'vanhuspalvelut',
  'nuorisotalo',
  'pyörätie',
  'kaavoitus',
  'työllisyys',
  'tekoäly',
  'kotouttaminen',
  'metsä',
  'ilmasto',
  'kirjastoauto',
  'koirapuisto',
];

async function seed(
  url: string,
  municipalityId: string,
  bodies: { council: string; board: string; committees: string[] },
): Promise<number> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const started = Date.now();
  try {
    // Bulk load first, index after: building GIN indexes once is far cheaper than row by row.
    await db.query(
      `DROP INDEX initiative_search_idx, signatory_name_trgm_idx, initiative_body_ids_idx,
         initiative_signatory_names_folded_idx, initiative_diary_number_trgm_idx`,
    );
    await db.query('SET synchronous_commit = off');
    await db.query(
      `INSERT INTO initiative (municipality_id, diary_number, title, text, kind, submitted_on, signatory_count, has_financial_effect,
         filed_body_id, filed_date, filed_section, state, context, machine_version, version, due_at, body_ids, signatory_names)
       SELECT $1, 'BENCH-' || g,
         'Valtuustoaloite: ' || ($4::text[])[1 + g % 18] || ' ja ' || ($4::text[])[1 + (g / 18) % 18],
         'Esitämme, että kaupunki kehittää palvelua ' || ($4::text[])[1 + (g / 7) % 18] || ' sekä ' || ($4::text[])[1 + (g / 11) % 18] ||
           '. Hanke ' || 'kohde' || (g % 5000) || '.',
         'councillor', d, 1 + g % 30, g % 2 = 0, $2, d, 1 + g % 200, s,
         jsonb_build_object('facts', jsonb_build_object('rulePack', 'kajaani', 'kind', 'councillor', 'signatoryCount', 1 + g % 30,
           'hasFinancialEffect', g % 2 = 0, 'submittedOn', d), 'statements', '[]'::jsonb, 'answeredOn', null, 'closure', null, 'endedOn', null),
         1, 10, CASE WHEN s IN ('awaitingStatements', 'boardPreparation') THEN d + 200 END,
         ARRAY[($5::uuid[])[1 + g % array_length($5::uuid[], 1)]],
         (ARRAY['Aino','Matti','Liisa','Juha','Sanna','Pekka'])[1 + g % 6] || ' ' ||
           (ARRAY['Virtanen','Korhonen','Mäkinen','Nieminen','Urpilainen','Heikkinen','Koskinen'])[1 + (g / 6) % 7]
       FROM (SELECT g, date '2000-01-01' + (g % 9800) AS d,
               (ARRAY['registered','boardPreparation','awaitingStatements','councilConsideration','answered','closed','closed','withdrawn'])[1 + g % 8] AS s
             FROM generate_series(1, $3::int) g) AS rows`,
      [municipalityId, bodies.council, INITIATIVES, WORDS, [bodies.board, ...bodies.committees]],
    );
    await db.query(
      `INSERT INTO signatory (municipality_id, initiative_id, position, name, party, first_signer)
       SELECT municipality_id, id, 0, signatory_names, 'SDP', true
       FROM initiative WHERE diary_number LIKE 'BENCH-%'`,
    );
    await db.query(
      `INSERT INTO initiative_event (municipality_id, initiative_id, seq, type, payload, actor, from_state, to_state, machine_version)
       SELECT i.municipality_id, i.id, s, CASE WHEN s = 1 THEN 'FILE' ELSE 'RECORD_BOARD_DECISION' END,
         jsonb_build_object('type', 'RECORD_BOARD_DECISION', 'outcome', 'tabled'), 'bench', 'boardPreparation', 'boardPreparation', 1
       FROM initiative i CROSS JOIN generate_series(1, 10) s WHERE i.diary_number LIKE 'BENCH-%'`,
    );
    await db.query(
      `INSERT INTO handling (municipality_id, initiative_id, event_seq, event, body_id, date, section, preparers, decision_type, resolutions)
       SELECT i.municipality_id, i.id, 2, 'RECORD_BOARD_DECISION', i.body_ids[1], i.submitted_on + 30, 1, '[]', 'tabled', '[]'
       FROM initiative i WHERE i.diary_number LIKE 'BENCH-%'`,
    );
    await db.query(`CREATE INDEX initiative_search_idx ON initiative USING gin (search)`);
    await db.query(`CREATE INDEX signatory_name_trgm_idx ON signatory USING gin (name gin_trgm_ops)`);
    await db.query(`CREATE INDEX initiative_body_ids_idx ON initiative USING gin (body_ids)`);
    await db.query(
      `CREATE INDEX initiative_signatory_names_folded_idx ON initiative USING gin (signatory_names_folded gin_trgm_ops)`,
    );
    await db.query(
      `CREATE INDEX initiative_diary_number_trgm_idx ON initiative USING gin (diary_number gin_trgm_ops)`,
    );
    await db.query('VACUUM ANALYZE');
    return Date.now() - started;
  } finally {
    await db.end();
  }
}

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
