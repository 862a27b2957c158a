import { startTestApp, type TestApp } from '../testing/test-app';

// Turku's lapse rule (domain.md § 4): on the annual list, initiatives four years old lapse unless the council
// decides otherwise.

describe('the annual list where initiatives lapse (Turku)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('2027-04-15');
    const municipality = (await api.request('GET', '/api/municipality')).body;
    await api.request('PUT', '/api/municipality', { ...municipality, rulePack: 'turku', id: undefined });
  });
  afterAll(() => api.close());

  it('declares the old ones lapsed unless the decision keeps them, and leaves one withdrawn after New Year as it is', async () => {
    const council = api.demo.bodyIds.council;
    const file = async (title: string, submittedOn: string) =>
      (
        await api.request('POST', '/api/initiatives', {
          title,
          text: 'Turun sääntö.',
          kind: 'councillor',
          submittedOn,
          signatories: [{ name: 'Testi Valtuutettu' }],
          signatoryCount: 1,
          hasFinancialEffect: false,
          filedAt: { bodyId: council, date: submittedOn, section: 1 },
        })
      ).body.id as string;
    const old = await file('Vanha aloite', '2022-03-01');
    const oldKept = await file('Vanha mutta pidetään', '2022-03-02');
    const recent = await file('Tuore aloite', '2025-03-01');
    // Still open on 31.12.2026, so on the 2027 list; withdrawn since, so there is nothing left to lapse.
    const withdrawnLate = await file('Vanha, peruttu tammikuussa', '2022-03-03');
    const withdrawal = { type: 'WITHDRAW', date: '2027-01-20', requestedBy: 'Testi Valtuutettu' };
    expect((await api.request('POST', `/api/initiatives/${withdrawnLate}/events`, withdrawal)).status).toBe(
      200,
    );
    const list = (await api.request('GET', '/api/annual-lists/2027')).body;
    expect(list.lapseRule).not.toBeNull();
    const eligible = Object.fromEntries(
      (list.items as { id: string; lapseEligible: boolean }[]).map((item) => [item.id, item.lapseEligible]),
    );
    expect([eligible[old], eligible[oldKept], eligible[recent]]).toEqual([true, true, false]);

    const decided = await api.request('POST', '/api/annual-lists/2027/decision', {
      meeting: { bodyId: council, date: '2027-04-12', section: 40 },
      annualListId: 'T-2027-1',
      close: [],
      keep: [oldKept],
    });
    expect(decided.status).toBe(200);
    expect(decided.body.lapsed).toEqual([old]);
    const states = await Promise.all(
      [old, oldKept, recent, withdrawnLate].map(
        async (id) => (await api.request('GET', `/api/initiatives/${id}`)).body.state,
      ),
    );
    expect(states).toEqual(['lapsed', 'registered', 'registered', 'withdrawn']);
  });
});
