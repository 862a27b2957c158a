// The scale benchmark's data: 1,000,000 initiatives with ~10 audit rows each, loaded with set-based SQL, their
// search columns (Snowball's through the trigger, the lemmas as Node's analyzer writes them at filing, the
// preparers' names as the triggers keep them) as a filing would leave them.
import { Client } from 'pg';
import { lemmaVector, searchAnalyzer, type Analyzer } from '@aloite/persistence';

export const INITIATIVES = Number(process.env.BENCH_INITIATIVES ?? 1_000_000);

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

const PREPARERS = ['Tiina Tikkanen', 'Risto Hämäläinen', 'Kari Tekninen', 'Hanna Hyvönen', 'Leena Halonen'];

/** The title's and text's words, as the seed writes them; W1 to W4 are words of WORDS, N a number. */
const TITLE = 'Valtuustoaloite: W1 ja W2';
const TEXT = 'Esitämme, että kaupunki kehittää palvelua W3 sekä W4. Hanke kohdeN.';
const RARE_WORDS = 5000;

/** One word's lemmas at its position, as tsvector input ('term':position …); the vector merges repeated terms. */
function termsAt(analyzer: Analyzer, word: string, position: number): string {
  return analyzer
    .indexTerms(word)
    .map((term) => `'${term.replace(/'/g, "''")}':${position}`)
    .join(' ');
}

/**
 * The lemmas SQL expression for row g: the fixed words' terms, and each varying word's terms chosen from an array
 * (\$6 has WORDS' terms with the position as {p}, \$7 the rare words' terms).
 */
function lemmasExpression(analyzer: Analyzer): string {
  const words = `${TITLE} ${TEXT}`.match(/[\p{L}\p{N}]+/gu) ?? [];
  const wordAt = (index: string, position: number) =>
    `replace(($6::text[])[1 + ${index}], '{p}', '${position}')`;
  const parts = words.map((word, index) => {
    const position = index + 1;
    if (word === 'W1') return wordAt('g % 18', position);
    if (word === 'W2') return wordAt('(g / 18) % 18', position);
    if (word === 'W3') return wordAt('(g / 7) % 18', position);
    if (word === 'W4') return wordAt('(g / 11) % 18', position);
    if (word === 'kohdeN') return `($7::text[])[1 + g % ${RARE_WORDS}]`;
    return `'${termsAt(analyzer, word, position).replace(/'/g, "''")}'`;
  });
  return `(${parts.join(" || ' ' || ")})::tsvector`;
}

export async function seed(
  url: string,
  municipalityId: string,
  bodies: { council: string; board: string; committees: string[] },
): Promise<number> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const started = Date.now();
  const analyzer = searchAnalyzer();
  try {
    // Bulk load first, index after: building GIN indexes once is far cheaper than row by row.
    await db.query(
      `DROP INDEX initiative_search_idx, signatory_name_trgm_idx, initiative_body_ids_idx,
         initiative_signatory_names_folded_idx, initiative_diary_number_trgm_idx, initiative_lemmas_idx,
         initiative_name_words_idx`,
    );
    // The preparers' names are written with the initiatives below, as the trigger would leave them.
    await db.query('ALTER TABLE handling DISABLE TRIGGER handling_preparers_in_search');
    await db.query('SET synchronous_commit = off');
    await db.query(
      `INSERT INTO initiative (municipality_id, diary_number, title, text, kind, submitted_on, signatory_count, has_financial_effect,
         filed_body_id, filed_date, filed_section, state, context, machine_version, version, due_at, body_ids, signatory_names,
         lemmas, preparer_names_folded)
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
           (ARRAY['Virtanen','Korhonen','Mäkinen','Nieminen','Urpilainen','Heikkinen','Koskinen'])[1 + (g / 6) % 7],
         ${lemmasExpression(analyzer)}, ' ' || search_fold(($8::text[])[1 + g % ${PREPARERS.length}]) || ' '
       FROM (SELECT g, date '2000-01-01' + (g % 9800) AS d,
               (ARRAY['registered','boardPreparation','awaitingStatements','councilConsideration','answered','closed','closed','withdrawn'])[1 + g % 8] AS s
             FROM generate_series(1, $3::int) g) AS rows`,
      [
        municipalityId,
        bodies.council,
        INITIATIVES,
        WORDS,
        [bodies.board, ...bodies.committees],
        WORDS.map((word) => termsAt(analyzer, word, 0).replace(/:0\b/g, ':{p}')),
        Array.from({ length: RARE_WORDS }, (_, n) => termsAt(analyzer, `kohde${n}`, 14)),
        PREPARERS,
      ],
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
       SELECT i.municipality_id, i.id, 2, 'RECORD_BOARD_DECISION', i.body_ids[1], i.submitted_on + 30, 1,
         jsonb_build_array(jsonb_build_object('name', ($1::text[])[1 + substr(i.diary_number, 7)::int % ${PREPARERS.length}])),
         'tabled', '[]'
       FROM initiative i WHERE i.diary_number LIKE 'BENCH-%'`,
      [PREPARERS],
    );
    await db.query('ALTER TABLE handling ENABLE TRIGGER handling_preparers_in_search');
    await sameAsFiling(db, analyzer);
    await db.query(`CREATE INDEX initiative_search_idx ON initiative USING gin (search)`);
    await db.query(`CREATE INDEX signatory_name_trgm_idx ON signatory USING gin (name gin_trgm_ops)`);
    await db.query(`CREATE INDEX initiative_body_ids_idx ON initiative USING gin (body_ids)`);
    await db.query(`CREATE INDEX initiative_lemmas_idx ON initiative USING gin (lemmas)`);
    await db.query(`CREATE INDEX initiative_name_words_idx ON initiative USING gin (name_words)`);
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

/** The seeded search columns are what filing and the triggers would have written: a few rows checked. */
async function sameAsFiling(db: Client, analyzer: Analyzer): Promise<void> {
  const { rows } = await db.query(
    `SELECT id, title, text, lemmas::text AS lemmas, preparer_names_folded AS seeded,
       initiative_preparer_names(id) AS preparers
     FROM initiative WHERE diary_number IN ('BENCH-1', 'BENCH-4321', 'BENCH-777777')`,
  );
  if (rows.length === 0) throw new Error('no seeded initiative to check');
  for (const row of rows) {
    const filed = await db.query(`SELECT $1::tsvector::text AS lemmas`, [
      lemmaVector('fi', row.title, row.text, analyzer),
    ]);
    if (filed.rows[0].lemmas !== row.lemmas || row.seeded !== row.preparers)
      throw new Error(`seeded search columns differ from a filing's for ${row.title}`);
  }
}
