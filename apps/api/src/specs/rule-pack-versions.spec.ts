import { Client } from 'pg';
import {
  everyInitiative,
  file,
  versionOf,
  versions,
  type Pack,
  type Requester,
} from '../testing/rule-pack-versions';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app';

// Issue 17: the municipality's rules are versions with a start date, added by an administrator only; a version
// judges the initiatives filed from its day on, never those filed before it, and is never rewritten.

const TODAY = '2026-05-21';
const TOMORROW = '2026-05-22';
const DAY = 24 * 3_600_000;
const FIRST_DAY = '1900-01-01';
const COUNCILLORS = ['councillor', 'councilGroup'];
/** Kajaani's rules with one addition: the board's answer is on the council's agenda within six months. */
const councilDeadline = {
  kind: 'council',
  minSignatories: 1,
  maxSignatories: null,
  financialEffect: 'any',
  kinds: COUNCILLORS,
  months: 6,
  section: 119,
};

describe('rule-pack versions: who adds them, and whom a new one judges', () => {
  let api: TestApp;
  /** As the administrator, signed in again whenever the clock moves on a day. */
  let request: Requester;
  beforeAll(async () => {
    api = await startTestApp(TODAY);
    request = api.request;
  });
  const nextDay = async () => {
    api.clock.advance(DAY);
    request = api.as(await api.signIn('tester', TEST_PASSWORD));
  };
  afterAll(() => api.close());

  it('lists the first version and the five templates to the administrator', async () => {
    const [first, ...others] = await versions(request);
    expect(others).toEqual([]);
    expect(first).toEqual(expect.objectContaining({ createdBy: null }));
    expect(first?.rules).toEqual(await versionOf(request, 'kajaani', FIRST_DAY));
    const templates = (await request('GET', '/api/municipality/rule-packs/templates')).body as {
      id: string;
      rules: Pack;
    }[];
    expect(templates.map((template) => template.id)).toEqual([
      'kajaani',
      'espoo',
      'helsinki',
      'turku',
      'kunta',
    ]);
    const rules = Object.fromEntries(templates.map(({ id, rules: pack }) => [id, pack]));
    // Domain §§ 4 and 9: the packs' known values.
    expect(rules.kajaani).toEqual(
      expect.objectContaining({ directAnswer: [], deadlines: [], lapse: null, wording: 'kaupunki' }),
    );
    expect(rules.kajaani.annualList).toEqual({ dueMonth: 3, dueDay: 31, section: 119 });
    expect(
      rules.espoo.deadlines.map((rule: Pack) => [rule.kind, rule.minSignatories, rule.maxSignatories]),
    ).toEqual([
      ['council', 14, null],
      ['answer', 1, 13],
    ]);
    expect(rules.turku.lapse).toEqual(
      expect.objectContaining({ years: 4, measuredAt: 'endOfYearBeforeList' }),
    );
    expect(rules.kunta).toEqual(
      expect.objectContaining({
        wording: 'kunta',
        council: { fi: 'Kunnanvaltuusto', sv: 'Kommunfullmäktige' },
      }),
    );
  });

  it('refuses every other role with 403, and nothing changes', async () => {
    const before = await versions(request);
    const municipality = (await request('GET', '/api/municipality')).body;
    const pack = await versionOf(request, 'espoo', '2026-01-01');
    const roles = [
      ['registrar', []],
      ['committeeSecretary', [api.demo.bodyIds.employment]],
      ['councilStaff', []],
    ] as const;
    for (const [role, bodyIds] of roles) {
      await api.createUser(`rules.${role}`, TEST_PASSWORD, [role], [...bodyIds]);
      const as = api.as(await api.signIn(`rules.${role}`, TEST_PASSWORD));
      const answers = await Promise.all([
        as('GET', '/api/municipality/rule-packs'),
        as('GET', '/api/municipality/rule-packs/templates'),
        as('POST', '/api/municipality/rule-packs/preview', pack),
        as('POST', '/api/municipality/rule-packs', pack),
        as('PUT', '/api/municipality', { name: 'Kajaani', rulePack: 'espoo', diaryPrefix: 'KAJDno' }),
      ]);
      expect({ role, statuses: answers.map((answer) => answer.status) }).toEqual({
        role,
        statuses: [403, 403, 403, 403, 403],
      });
    }
    expect(await versions(request)).toEqual(before);
    expect((await request('GET', '/api/municipality')).body).toEqual(municipality);
  });

  it('adds a version starting tomorrow: listed, judging those filed from its day, the earlier ones unchanged', async () => {
    const before = await everyInitiative(request);
    const pack = await versionOf(request, 'kajaani', TOMORROW, { deadlines: [councilDeadline] });
    const added = await request('POST', '/api/municipality/rule-packs', pack);
    expect(added.status).toBe(201);
    const me = (await request('GET', '/api/me')).body;
    expect(added.body).toEqual(expect.objectContaining({ rules: pack, createdBy: me.username }));
    expect((await versions(request)).map((version) => version.rules.validFrom)).toEqual([
      FIRST_DAY,
      TOMORROW,
    ]);
    expect((await versions(request))[1]).toEqual(added.body);

    const after = await everyInitiative(request);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, initiative] of before) {
      const now = after.get(id);
      if (initiative.submittedOn < TOMORROW) expect(now).toEqual(initiative);
      else {
        // Demo initiatives filed on later days: judged by the new version, with its council deadline.
        expect(now.rulePackValidFrom).toBe(TOMORROW);
        if (COUNCILLORS.includes(initiative.kind) && !['withdrawn', 'lapsed'].includes(initiative.state))
          expect(now.deadlines.filter((deadline: Pack) => deadline.kind === 'council')).toHaveLength(1);
      }
    }

    await nextDay();
    const council = api.demo.bodyIds.council;
    const today = await file(request, council, { submittedOn: TOMORROW, signatoryCount: 3 });
    const yesterday = await file(request, council, { submittedOn: TODAY, signatoryCount: 3 });
    const judged = (await request('GET', `/api/initiatives/${today.id}`)).body;
    expect(judged.rulePackValidFrom).toBe(TOMORROW);
    expect(judged.deadlines).toEqual([
      expect.objectContaining({
        kind: 'council',
        dueDate: '2026-11-22',
        status: 'open',
        rule: expect.stringContaining('Kajaanin hallintosääntö 119 §'),
      }),
    ]);
    const earlier = (await request('GET', `/api/initiatives/${yesterday.id}`)).body;
    expect(earlier.rulePackValidFrom).toBe(FIRST_DAY);
    expect(earlier.deadlines).toEqual([]);
  });

  it('refuses a second version on the same day with 409, also when two arrive at once', async () => {
    const before = await versions(request);
    const again = await request(
      'POST',
      '/api/municipality/rule-packs',
      await versionOf(request, 'espoo', TOMORROW),
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('RULE_PACK_VERSION_EXISTS');
    expect(await versions(request)).toEqual(before);

    for (const [index, day] of ['2026-07-01', '2026-07-02', '2026-07-03'].entries()) {
      const [a, b] = await Promise.all([
        request('POST', '/api/municipality/rule-packs', await versionOf(request, 'espoo', day)),
        request('POST', '/api/municipality/rule-packs', await versionOf(request, 'helsinki', day)),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      const listed = await versions(request);
      expect(listed).toHaveLength(before.length + index + 1);
      expect(listed.filter((version) => version.rules.validFrom === day)).toEqual([
        a.status === 201 ? a.body : b.body,
      ]);
    }
  });

  it('starts a version from a template today on PUT /api/municipality, keeping the names', async () => {
    const put = (rulePack: string) =>
      request('PUT', '/api/municipality', { name: 'Kajaani', rulePack, diaryPrefix: 'KAJDno' });
    // The clock stands on tomorrow, where a version already starts.
    const before = await versions(request);
    expect((await put('kunta')).status).toBe(409);
    expect(await versions(request)).toEqual(before);

    await nextDay();
    const changed = await put('kunta');
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual(
      expect.objectContaining({ rulePack: 'kunta', rulePackValidFrom: '2026-05-23' }),
    );
    const listed = await versions(request);
    const started = listed.find((version) => version.rules.validFrom === '2026-05-23');
    expect(listed.filter((version) => version !== started)).toEqual(before);
    expect(started?.rules).toEqual(
      await versionOf(request, 'kunta', '2026-05-23', {
        municipality: { fi: 'Kajaani', sv: 'Kajana' },
        governingRules: { fi: 'Kajaanin hallintosääntö', sv: 'Kajana stads förvaltningsstadga' },
      }),
    );
    expect((await put('kunta')).status).toBe(200);
    expect(await versions(request)).toEqual(listed);
  });

  it('never lets a stored version be rewritten or removed, even by the tables’ owner', async () => {
    const before = await versions(request);
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    try {
      for (const statement of [
        `UPDATE rule_pack_version SET rules = rules || '{"referralSection": 1}'`,
        `DELETE FROM rule_pack_version`,
        `TRUNCATE rule_pack_version CASCADE`,
      ]) {
        await expect(client.query(statement)).rejects.toThrow(/rule_pack_version is append-only/);
      }
    } finally {
      await client.end();
    }
    expect(await versions(request)).toEqual(before);
  });

  it.each([
    [
      'overlapping signer ranges',
      { deadlines: [councilDeadline, { ...councilDeadline, minSignatories: 10, maxSignatories: 20 }] },
      'deadlines[1]',
      'SIGNER_RANGES_OVERLAP',
    ],
    [
      'a due day 31.2.',
      { annualList: { dueMonth: 2, dueDay: 31, section: null } },
      'annualList.dueDay',
      'NOT_A_DAY_OF_EVERY_YEAR',
    ],
    [
      'a diary-number template without {seq}',
      { diaryNumber: { defaultPrefix: 'KAJDno', template: '{prefix}-{year}' } },
      'diaryNumber.template',
      'TEMPLATE_WITHOUT_SEQ',
    ],
    ['an unknown field', { colour: 'punainen' }, 'colour', 'UNKNOWN_FIELD'],
    [
      'residents’ initiatives answered directly',
      {
        directAnswer: [
          {
            minSignatories: 1,
            maxSignatories: 5,
            financialEffect: 'any',
            kinds: ['councillor', 'resident'],
            section: null,
          },
        ],
      },
      'directAnswer[0].kinds[1]',
      'RESIDENT_INITIATIVE_IN_SCOPE',
    ],
    [
      'a name PostgreSQL and XML cannot carry',
      { council: { fi: 'Valtuusto\u0000', sv: 'Fullmäktige' } },
      'council.fi',
      'UNSAFE_CHARACTERS',
    ],
  ])('refuses %s with 400 naming the field, and nothing changes', async (_, changes, field, rule) => {
    const before = await versions(request);
    const initiatives = await everyInitiative(request);
    const pack = await versionOf(request, 'kajaani', '2026-01-01', changes);
    for (const path of ['/api/municipality/rule-packs/preview', '/api/municipality/rule-packs']) {
      const refused = await request('POST', path, pack);
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field, rule: 'rulePack', params: expect.objectContaining({ code: rule }) }),
      ]);
    }
    expect(await versions(request)).toEqual(before);
    expect(await everyInitiative(request)).toEqual(initiatives);
  });
});
