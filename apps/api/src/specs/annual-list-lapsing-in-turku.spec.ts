import { ok } from '../testing/committee-meetings';
import {
  fileInitiative,
  municipalityFromTemplate,
  type NewMunicipality,
} from '../testing/municipality-from-template';
import { startTestApp, type TestApp } from '../testing/test-app';

// Turku's lapse rule (domain §§ 4, 9): on the annual list, initiatives four years old at the end of the year before
// the list lapse unless the council decides otherwise. Turku is set up from its template, as an operator does.

describe('the annual list where initiatives lapse (Turku)', () => {
  let api: TestApp;
  let turku: NewMunicipality;
  beforeAll(async () => {
    api = await startTestApp('2027-04-15');
    turku = await municipalityFromTemplate(api, 'turku', ['--municipality', 'Turku', '--template', 'turku']);
  });
  afterAll(() => api.close());

  const file = async (title: string, submittedOn: string) =>
    (await ok(fileInitiative(turku.registrar, turku.council, { title, submittedOn }), 201)).id as string;
  const lapseEligible = async (year: number, ids: string[]) => {
    const list = await ok(turku.registrar('GET', `/api/annual-lists/${year}`));
    expect(list.lapseRule).toBe('Turun hallintosääntö 131 §');
    const items = list.items as { id: string; lapseEligible: boolean }[];
    return ids.map((id) => items.find((item) => item.id === id)?.lapseEligible);
  };
  const decide = (year: number, date: string, keep: string[]) =>
    ok(
      turku.registrar('POST', `/api/annual-lists/${year}/decision`, {
        meeting: { bodyId: turku.council, date, section: 40 },
        annualListId: `T-${year}-1`,
        close: [],
        keep,
      }),
    );
  const states = (ids: string[]) =>
    Promise.all(ids.map(async (id) => (await ok(turku.registrar('GET', `/api/initiatives/${id}`))).state));

  it('declares the old ones lapsed unless the decision keeps them, and leaves one withdrawn after New Year as it is', async () => {
    const old = await file('Vanha aloite', '2022-03-01');
    const oldKept = await file('Vanha mutta pidetään', '2022-03-02');
    const recent = await file('Tuore aloite', '2025-03-01');
    // Still open on 31.12.2026, so on the 2027 list; withdrawn since, so there is nothing left to lapse.
    const withdrawnLate = await file('Vanha, peruttu tammikuussa', '2022-03-03');
    const withdrawal = { type: 'WITHDRAW', date: '2027-01-20', requestedBy: 'Testi Valtuutettu' };
    await ok(turku.registrar('POST', `/api/initiatives/${withdrawnLate}/events`, withdrawal));
    expect(await lapseEligible(2027, [old, oldKept, recent])).toEqual([true, true, false]);

    const decided = await decide(2027, '2027-04-12', [oldKept]);
    expect(decided.lapsed).toEqual([old]);
    expect(await states([old, oldKept, recent, withdrawnLate])).toEqual([
      'lapsed',
      'registered',
      'registered',
      'withdrawn',
    ]);
  });

  // After the 2027 list: this test's 2016 filing, left open, would be old enough on that list.
  it('measures the age on the 2020 list at 31.12.2019, in the preview and in a decision of 2021 alike', async () => {
    const filed2015 = await file('Aloite vuoden 2015 lopulta', '2015-12-31');
    const filed2016 = await file('Aloite tammikuulta 2016', '2016-01-25');
    expect(await lapseEligible(2020, [filed2015, filed2016])).toEqual([true, false]);

    const decided = await decide(2020, '2021-03-22', []);
    expect(decided.lapsed).toEqual([filed2015]);
    expect(await states([filed2015, filed2016])).toEqual(['lapsed', 'registered']);
  });
});
