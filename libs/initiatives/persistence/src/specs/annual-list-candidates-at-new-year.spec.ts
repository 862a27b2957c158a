import { annualListCandidates } from '../lib/annual-list-query';
import type { DemoSeedResult } from '../lib/demo-data';
import type { InitiativeStore } from '../lib/initiative-store';
import { byTheRules, councillorsInitiative, openSeededStore, type TestDatabase } from '../testing';

// Kuntalaki 23 § (domain.md § 1): the list of 2027 holds the initiatives filed by 31.12.2026 and not finally
// handled by then. The query's SQL picks the candidates before the domain's rule judges them, so each would hide
// the other's slip at the API: this asks the query alone, on both sides of New Year.

describe('the annual list’s candidates around New Year', () => {
  let database: TestDatabase;
  let demo: DemoSeedResult;
  let store: InitiativeStore;

  beforeAll(async () => {
    ({ database, demo, store } = await openSeededStore());
  });
  afterAll(() => database.close());

  const file = async (submittedOn: string) =>
    (
      await store.file(
        demo.municipalityId,
        councillorsInitiative({ councilId: demo.bodyIds.council, submittedOn }),
        'registry',
      )
    ).id;

  const withdrawn = async (submittedOn: string, date: string) => {
    const id = await file(submittedOn);
    await store.transition(
      demo.municipalityId,
      id,
      null,
      'registry',
      byTheRules({ type: 'WITHDRAW', date, requestedBy: 'Aila Esimerkki' }),
    );
    return id;
  };

  it('holds what was filed by 31.12. and still open on 31.12., and nothing else', async () => {
    const cases = {
      'filed on 31.12., open': { id: await file('2026-12-31'), listed: true },
      'filed on 1.1., open': { id: await file('2027-01-01'), listed: false },
      'withdrawn on 31.12.': { id: await withdrawn('2026-03-02', '2026-12-31'), listed: false },
      'withdrawn on 1.1.': { id: await withdrawn('2026-03-02', '2027-01-01'), listed: true },
      'filed and withdrawn on 31.12.': { id: await withdrawn('2026-12-31', '2026-12-31'), listed: false },
    };

    const candidates = new Set(
      (await annualListCandidates(database.dataSource, demo.municipalityId, 2027)).map((record) => record.id),
    );
    const judged = Object.fromEntries(
      Object.entries(cases).map(([name, { id }]) => [name, candidates.has(id)]),
    );
    expect(judged).toEqual(
      Object.fromEntries(Object.entries(cases).map(([name, { listed }]) => [name, listed])),
    );
  });
});
