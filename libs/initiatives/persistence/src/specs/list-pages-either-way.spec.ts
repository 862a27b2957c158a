import { seedDemoData } from '../lib/demo-data';
import { EXACT_COUNT_LIMIT, listInitiatives, type ListFilters } from '../lib/initiative-query';
import { openTestDatabase, type TestDatabase } from '../testing';

// The list walks the sort order's index when a filter matches many initiatives and gathers-then-sorts when it
// matches few (an exact count). Either way the pages must be the same: every match once, in order. A search asks
// for relevance, but ranking many would read every match: past the exact count it is walked in filing order.

describe('list pages, whether walked or gathered', () => {
  let database: TestDatabase;
  let municipalityId: string;
  const MANY = EXACT_COUNT_LIMIT + 150;

  beforeAll(async () => {
    database = await openTestDatabase();
    const demo = await seedDemoData(database.dataSource);
    if (!demo) throw new Error('the test database already had data');
    municipalityId = demo.municipalityId;
    // Every third one mentions "kirjastoauto"; dates repeat, so the id breaks ties across pages.
    await database.dataSource.query(
      `INSERT INTO initiative (municipality_id, diary_number, title, text, kind, submitted_on, signatory_count,
         has_financial_effect, filed_body_id, filed_date, filed_section, state, context, machine_version, version)
       SELECT $1, 'LIST-' || g, 'Aloite ' || g, CASE WHEN g % 3 = 0 THEN 'Kirjastoauto kulkee.' ELSE 'Puisto.' END,
         'councillor', date '2020-01-01' + (g % 40), 1, false, $2, date '2020-01-01', 1, 'registered',
         '{"statements": []}'::jsonb, 1, 1
       FROM generate_series(1, $3::int) g`,
      [municipalityId, demo.bodyIds.council, MANY],
    );
  });
  afterAll(() => database.close());

  const filters = (overrides: Partial<ListFilters>): ListFilters => ({
    states: [],
    q: null,
    bodyId: null,
    year: null,
    deadline: null,
    signatory: null,
    limit: 200,
    cursor: null,
    sort: 'filedAt',
    ...overrides,
  });

  async function allPages(overrides: Partial<ListFilters>) {
    const ids: string[] = [];
    const exact: boolean[] = [];
    const sorts = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = await listInitiatives(
        database.dataSource,
        municipalityId,
        filters({ ...overrides, cursor }),
        '2026-11-22',
      );
      ids.push(...page.items.map((item) => item.id));
      exact.push(page.totalExact);
      sorts.add(page.sort);
      cursor = page.nextCursor;
    } while (cursor);
    return { ids, exact, sorts };
  }

  const expectedOrder = async (where: string, sort: 'ASC' | 'DESC') =>
    (
      (await database.dataSource.query(
        `SELECT id FROM initiative WHERE municipality_id = $1 AND ${where} ORDER BY submitted_on ${sort}, id ${sort}`,
        [municipalityId],
      )) as { id: string }[]
    ).map((row) => row.id);

  it.each([
    ['many matches, walked', {}, 'true', 'ASC', false],
    ['many matches, walked, newest first', { sort: '-filedAt' as const }, 'true', 'DESC', false],
    ['few matches, gathered', { q: 'kirjastoauto' }, "text LIKE 'Kirjastoauto%'", 'ASC', true],
    [
      'few matches, gathered, newest first',
      { q: 'kirjastoauto', sort: '-filedAt' as const },
      "text LIKE 'Kirjastoauto%'",
      'DESC',
      true,
    ],
    [
      'many matches of a query, walked in filing order',
      { q: 'aloite', sort: 'relevance' as const },
      // The demo's "Valtuustoaloite …" are found by their compound part too.
      `(search @@ to_tsquery('finnish', 'aloite') OR lemmas @@ 'aloite'::tsquery)`,
      'ASC',
      false,
    ],
  ] as const)('%s', async (_name, overrides, where, sort, exact) => {
    const { ids, exact: exactness, sorts } = await allPages(overrides);
    expect(ids).toEqual(await expectedOrder(where, sort));
    expect(new Set(exactness)).toEqual(new Set([exact]));
    expect(sorts).toEqual(new Set([sort === 'DESC' ? '-filedAt' : 'filedAt']));
  });
});
