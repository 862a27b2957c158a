import type { DeadlineRule } from '@aloite/domain';
import { ok } from '../testing/committee-meetings';
import { CONFIGURED_FROM, TUUSULA, configuredMunicipality } from '../testing/four-new-municipalities';
import {
  addRulePackVersion,
  fileInitiative,
  latestRulesWith,
  type NewMunicipality,
} from '../testing/municipality-from-template';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

// Issue 17: each initiative is judged by the version in force on its filing day, and a new version never rewrites
// history. Tuusula, configured as in four-new-municipalities.spec.ts, decides on new rules starting tomorrow.

const TODAY = '2026-05-21';
const TOMORROW = '2026-05-22';
const DAY = 24 * 60 * 60 * 1000;

const [sixMonths] = TUUSULA.rules.deadlines as DeadlineRule[];
const TOMORROWS_RULES = {
  validFrom: TOMORROW,
  deadlines: [{ ...sixMonths, months: 3 }],
  acknowledgement: null,
  diaryNumber: { defaultPrefix: 'TUU', template: '{prefix}-{year}-{seq:5}' },
};

describe('a rule-pack version starting tomorrow (Tuusula)', () => {
  let api: TestApp;
  let tuusula: NewMunicipality;
  const filedIds: string[] = [];
  beforeAll(async () => {
    api = await startTestApp(TODAY);
    tuusula = await configuredMunicipality(api, TUUSULA);
    const { registrar, council } = tuusula;
    for (const [title, submittedOn] of [
      ['Valtuustoaloite kirjaston aukioloajoista', '2025-03-14'],
      ['Valtuustoaloite uimahallin peruskorjauksesta', '2025-08-31'],
      ['Valtuustoaloite koulukuljetuksista', TODAY],
    ]) {
      filedIds.push((await ok(fileInitiative(registrar, council, { title, submittedOn }), 201)).id);
    }
    await ok(
      registrar('POST', `/api/initiatives/${filedIds[0]}/events`, {
        type: 'REFER_TO_BOARD',
        meeting: { bodyId: council, date: '2025-04-07', section: 23 },
      }),
    );
  });
  afterAll(() => api.close());

  it('changes nothing filed before it starts, today’s filing included, and judges what is filed from then on', async () => {
    const { admin, registrar, council } = tuusula;
    const read = () => Promise.all(filedIds.map((id) => ok(registrar('GET', `/api/initiatives/${id}`))));
    const before = await read();
    expect(before.map((initiative) => initiative.rulePackValidFrom)).toEqual([
      CONFIGURED_FROM,
      CONFIGURED_FROM,
      CONFIGURED_FROM,
    ]);

    const whatIf = await ok(
      admin('POST', '/api/municipality/rule-packs/preview', await latestRulesWith(admin, TOMORROWS_RULES)),
    );
    expect([whatIf.judged, whatIf.changes, whatIf.contradicted]).toEqual([0, [], []]);
    await ok(addRulePackVersion(admin, TOMORROWS_RULES), 201);
    expect(await read()).toEqual(before);
    expect((await ok(admin('GET', '/api/municipality'))).rulePackValidFrom).toBe(CONFIGURED_FROM);

    api.clock.advance(DAY);
    // A day on, the sessions have ended.
    const [adminTomorrow, registrarTomorrow] = await Promise.all(
      [tuusula.usernames.admin, tuusula.usernames.registrar].map(async (username) =>
        api.as(await api.signIn(username, TEST_PASSWORD, tuusula.slug)),
      ),
    );
    const tomorrows = await ok(
      fileInitiative(registrarTomorrow, council, {
        title: 'Valtuustoaloite pyöräteistä',
        submittedOn: TOMORROW,
      }),
      201,
    );
    expect(tomorrows).toMatchObject({ rulePackValidFrom: TOMORROW, diaryNumber: 'TUU-2026-00002' });
    expect(
      tomorrows.deadlines.map(({ kind, dueDate }: { kind: string; dueDate: string }) => [kind, dueDate]),
    ).toEqual([['council', '2026-08-22']]);
    expect((await ok(adminTomorrow('GET', '/api/municipality'))).rulePackValidFrom).toBe(TOMORROW);
  });
});
