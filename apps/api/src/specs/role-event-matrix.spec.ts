import { EVENT_TYPES, TEMPLATES, type EventType, type RulePack } from '@aloite/domain';
import { startTestApp, type TestApp } from '../testing/test-app';

// Every role against every event, each applied where the state allows it: the pair either succeeds or is 403,
// and a 403 changes nothing at all.

const ROLE_USERS = [
  'registrar',
  'secretaryOfEmployment',
  'secretaryOfEducation',
  'councilStaff',
  'admin',
] as const;
type RoleUser = (typeof ROLE_USERS)[number];

const PERMITTED: Record<EventType, RoleUser[]> = {
  REFER_TO_BOARD: ['registrar'],
  REQUEST_STATEMENT: ['registrar'],
  RECORD_STATEMENT: ['secretaryOfEmployment'],
  RECORD_WRITTEN_STATEMENT: ['registrar'],
  WAIVE_STATEMENT: ['registrar'],
  REFER_FOR_MEASURES: ['registrar'],
  RECORD_BOARD_DECISION: ['registrar'],
  RECORD_COUNCIL_DECISION: ['registrar'],
  CLOSE_VIA_ANNUAL_LIST: ['registrar'],
  WITHDRAW: ['registrar'],
  DECLARE_LAPSED: ['registrar'],
};

describe('the role × event matrix', () => {
  let api: TestApp;
  const tokens = {} as Record<RoleUser, string>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApp();
    ids = api.demo.bodyIds;
    const users: Record<RoleUser, [string[], string[]]> = {
      registrar: [['registrar'], []],
      secretaryOfEmployment: [['committeeSecretary'], [ids.employment as string]],
      secretaryOfEducation: [['committeeSecretary'], [ids.education as string]],
      councilStaff: [['councilStaff'], []],
      admin: [['admin'], []],
    };
    for (const [name, [roles, bodies]] of Object.entries(users) as [RoleUser, [string[], string[]]][]) {
      await api.createUser(name, `${name}-password`, roles, bodies);
      tokens[name] = await api.signIn(name, `${name}-password`);
    }
  });
  afterAll(() => api.close());

  const meeting = (body: string, date = '2026-05-20') => ({ bodyId: ids[body], date, section: 9 });
  const apply = async (id: string, event: object) => {
    const response = await api.request('POST', `/api/initiatives/${id}/events`, event);
    if (response.status !== 200) throw new Error(`setup ${JSON.stringify(event)}: ${response.text}`);
  };
  const file = async (submittedOn = '2026-05-18') =>
    (
      await api.request('POST', '/api/initiatives', {
        title: 'Matriisitesti',
        text: 'Roolit ja tapahtumat.',
        kind: 'councillor',
        submittedOn,
        signatories: [],
        signatoryCount: 1,
        hasFinancialEffect: false,
        filedAt: { bodyId: ids.council, date: submittedOn, section: 1 },
      })
    ).body.id as string;
  let turkuIn2021: Promise<void> | undefined;
  const addVersions = async (versions: RulePack[]) => {
    for (const version of versions) {
      const added = await api.request('POST', '/api/municipality/rule-packs', version);
      expect(added.status).toBe(201);
    }
  };

  const referred = async (submittedOn?: string) => {
    const id = await file(submittedOn);
    await apply(id, { type: 'REFER_TO_BOARD', meeting: meeting('council', submittedOn) });
    return id;
  };
  const awaitingEmployment = async () => {
    const id = await referred();
    await apply(id, {
      type: 'REQUEST_STATEMENT',
      bodyId: ids.employment,
      date: '2026-05-18',
      dueDate: '2026-06-30',
      preparers: [],
    });
    return id;
  };
  const proposeToCouncil = () => ({
    type: 'RECORD_BOARD_DECISION',
    meeting: meeting('board'),
    proposal: 'p',
    decision: 'd',
    decisionType: 'asProposed',
    outcome: 'proposeToCouncil',
  });
  const atCouncil = async () => {
    const id = await referred();
    await apply(id, proposeToCouncil());
    return id;
  };

  /** For each event: where it is possible, and the event itself. */
  const scenarios: Record<EventType, () => Promise<[string, object]>> = {
    REFER_TO_BOARD: async () => [await file(), { type: 'REFER_TO_BOARD', meeting: meeting('council') }],
    REQUEST_STATEMENT: async () => [
      await referred(),
      { type: 'REQUEST_STATEMENT', bodyId: ids.education, dueDate: '2026-06-30', preparers: [] },
    ],
    RECORD_STATEMENT: async () => [
      await awaitingEmployment(),
      {
        type: 'RECORD_STATEMENT',
        bodyId: ids.employment,
        meeting: meeting('employment'),
        presenter: 'E',
        proposal: 'P',
        decision: 'D',
        decisionType: 'asProposed',
        responseText: 'R',
      },
    ],
    RECORD_WRITTEN_STATEMENT: async () => {
      const id = await referred();
      const officeHolder = { name: 'Liisa Virtanen', title: 'palveluverkkojohtaja' };
      await apply(id, {
        type: 'REQUEST_STATEMENT',
        officeHolder,
        date: '2026-05-18',
        dueDate: '2026-06-30',
        preparers: [],
      });
      return [id, { type: 'RECORD_WRITTEN_STATEMENT', officeHolder, responseText: 'Lausunto.' }];
    },
    REFER_FOR_MEASURES: async () => [
      await referred(),
      { type: 'REFER_FOR_MEASURES', bodyId: ids.employment, replyExpected: false },
    ],
    WAIVE_STATEMENT: async () => [
      await awaitingEmployment(),
      { type: 'WAIVE_STATEMENT', bodyId: ids.employment, reason: 'Myöhässä' },
    ],
    RECORD_BOARD_DECISION: async () => [await referred(), proposeToCouncil()],
    RECORD_COUNCIL_DECISION: async () => [
      await atCouncil(),
      {
        type: 'RECORD_COUNCIL_DECISION',
        meeting: meeting('council'),
        decision: 'd',
        decisionType: 'asProposed',
        outcome: 'closed',
        resolutions: [],
      },
    ],
    CLOSE_VIA_ANNUAL_LIST: async () => [
      await referred('2025-03-10'),
      {
        type: 'CLOSE_VIA_ANNUAL_LIST',
        meeting: meeting('council'),
        annualListId: 'lista-2026',
        listYear: 2026,
      },
    ],
    WITHDRAW: async () => [await file(), { type: 'WITHDRAW', requestedBy: 'Allekirjoittaja' }],
    DECLARE_LAPSED: async () => {
      // Lapsing exists only under Turku's rules: the municipality's rules were Turku's for initiatives filed in
      // 2021, and the initiative is judged by the version in force on its filing day.
      turkuIn2021 ??= addVersions([
        { ...TEMPLATES.turku, validFrom: '2021-01-01' },
        { ...TEMPLATES.kajaani, validFrom: '2022-01-01' },
      ]);
      await turkuIn2021;
      const id = await referred('2021-03-10');
      return [id, { type: 'DECLARE_LAPSED', meeting: meeting('council') }];
    },
  };

  const pairs = EVENT_TYPES.flatMap((type) => ROLE_USERS.map((role) => [type, role] as const));

  it('covers every event and role', () => {
    expect(pairs).toHaveLength(55);
  });

  it.each(pairs)('%s as %s: allowed or 403, and a 403 writes nothing', async (type, role) => {
    const [id, event] = await scenarios[type]();
    const before = (await api.request('GET', `/api/initiatives/${id}`)).body;
    const viewed = await api.as(tokens[role])('GET', `/api/initiatives/${id}`);
    const response = await api.as(tokens[role])('POST', `/api/initiatives/${id}/events`, event);
    if (PERMITTED[type].includes(role)) {
      expect(viewed.body.allowedEvents).toContain(type);
      expect(response.status).toBe(200);
      expect(response.body.version).toBe(before.version + 1);
      const audit = (await api.request('GET', `/api/initiatives/${id}/events`)).body;
      expect(audit[audit.length - 1]).toEqual(expect.objectContaining({ type, actor: role }));
    } else {
      expect(viewed.body.allowedEvents).not.toContain(type);
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
      const after = (await api.request('GET', `/api/initiatives/${id}`)).body;
      expect(after.version).toBe(before.version);
      expect(after.state).toBe(before.state);
      expect(await api.auditRows(id)).toBe(before.version);
    }
  });

  it('lets only the registry file an initiative', async () => {
    const filing = {
      title: 'Roolitesti',
      text: 'x',
      kind: 'councillor',
      submittedOn: '2026-05-18',
      signatories: [],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { bodyId: ids.council, date: '2026-05-18', section: 1 },
    };
    for (const role of ROLE_USERS) {
      const response = await api.as(tokens[role])('POST', '/api/initiatives', filing);
      expect([role, response.status]).toEqual([role, role === 'registrar' ? 201 : 403]);
    }
  });

  it('lets only an administrator manage users, bodies and the municipality', async () => {
    for (const role of ROLE_USERS) {
      const expected = role === 'admin' ? [200, 201, 200] : [403, 403, 403];
      const as = api.as(tokens[role]);
      const statuses = [
        (await as('GET', '/api/users')).status,
        (await as('POST', '/api/bodies', { name: `Toimielin ${role}`, kind: 'committee' })).status,
        (
          await as('PUT', '/api/municipality', {
            name: 'Kajaani',
            rulePack: 'kajaani',
            diaryPrefix: 'KAJDno',
          })
        ).status,
      ];
      expect([role, statuses]).toEqual([role, expected]);
    }
  });

  it('shows a secretary of another body the request without the right to record it', async () => {
    const id = await awaitingEmployment();
    const asEducation = await api.as(tokens.secretaryOfEducation)('GET', `/api/initiatives/${id}`);
    expect(asEducation.body.allowedEvents).toEqual([]);
    const asEmployment = await api.as(tokens.secretaryOfEmployment)('GET', `/api/initiatives/${id}`);
    expect(asEmployment.body.allowedEvents).toEqual(['RECORD_STATEMENT']);
  });
});
