import { seedDemoData } from '../lib/demo-data';
import { ExactMatchesInSearch1764928800000 } from '../migrations/1764928800000-exact-matches-in-search';
import { ListFiltersOnTheRow1764230400000 } from '../migrations/1764230400000-list-filters-on-the-row';
import { PreparerNamesInSearch1765180800000 } from '../migrations/1765180800000-preparer-names-in-search';
import { openTestDatabase, type TestDatabase } from '../testing';

// The body and signatory columns the list filters on are kept by the write path; the migration that added them
// filled them from the handlings, statement requests and signatories. Both must agree; so must the folded names
// that the search finds signatories by, which a later migration builds on them, and the preparers' names that the
// triggers keep (the later migrations undone first, redone last).

describe('the list filter columns on the initiative row', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
    await seedDemoData(database.dataSource);
  });
  afterAll(() => database.close());

  const columns = () =>
    database.dataSource.query(
      `SELECT diary_number, ARRAY(SELECT unnest(body_ids) ORDER BY 1) AS bodies, signatory_names,
         signatory_names_folded, preparer_names_folded
       FROM initiative ORDER BY diary_number`,
    ) as Promise<
      {
        diary_number: string;
        bodies: string[];
        signatory_names: string;
        signatory_names_folded: string;
        preparer_names_folded: string;
      }[]
    >;

  it('are the same whether the write path kept them or the migration filled them in', async () => {
    const kept = await columns();
    expect(kept.filter((row) => row.bodies.length > 0).length).toBeGreaterThan(3);
    expect(kept.filter((row) => row.signatory_names.includes('\n')).length).toBeGreaterThan(0);
    expect(kept.filter((row) => row.preparer_names_folded.includes('\n')).length).toBeGreaterThan(0);

    const migration = new ListFiltersOnTheRow1764230400000();
    const later = new ExactMatchesInSearch1764928800000();
    const preparers = new PreparerNamesInSearch1765180800000();
    const runner = database.dataSource.createQueryRunner();
    try {
      await preparers.down(runner);
      await later.down(runner);
      await migration.down(runner);
      await migration.up(runner);
      await later.up(runner);
      await preparers.up(runner);
    } finally {
      await runner.release();
    }

    expect(await columns()).toEqual(kept);
  });
});
