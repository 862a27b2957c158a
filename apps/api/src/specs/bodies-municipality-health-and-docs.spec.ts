import { REFERRAL_DECISION, REFERRAL_PROPOSAL } from '@aloite/domain/testing';
import { lintOpenApi } from '../testing/openapi-lint';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('bodies, municipality, health, the current user and the API documents', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('reports health with the database up', async () => {
    const response = await api.request('GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', db: 'up' });
  });

  it('names the signed-in user', async () => {
    const response = await api.request('GET', '/api/me');
    expect(response.body).toEqual(
      expect.objectContaining({
        username: 'tester',
        roles: ['registrar', 'committeeSecretary', 'councilStaff', 'admin'],
      }),
    );
  });

  it('lists, creates, renames and deactivates bodies, keeping their history', async () => {
    const list = await api.request('GET', '/api/bodies');
    expect(list.body).toContainEqual({
      id: api.demo.bodyIds.council,
      name: 'Kaupunginvaltuusto',
      nameSv: null,
      kind: 'council',
      active: true,
    });
    const created = await api.request('POST', '/api/bodies', {
      name: 'Ympäristölautakunta',
      nameSv: 'Miljönämnden',
      kind: 'committee',
    });
    expect(created.status).toBe(201);
    expect(created.body.nameSv).toBe('Miljönämnden');
    const sameSwedishName = { name: 'Toinen lautakunta', nameSv: 'Miljönämnden', kind: 'committee' };
    const duplicate = await api.request('POST', '/api/bodies', sameSwedishName);
    expect([duplicate.status, duplicate.body.errors]).toEqual([
      409,
      [expect.objectContaining({ field: 'nameSv' })],
    ]);
    expect(
      (await api.request('POST', '/api/bodies', { name: 'Ympäristölautakunta', kind: 'committee' })).status,
    ).toBe(409);
    expect((await api.request('POST', '/api/bodies', { name: 'X', kind: 'club' })).status).toBe(400);
    const renamed = await api.request('PATCH', `/api/bodies/${created.body.id}`, {
      name: 'Ympäristö- ja rakennuslautakunta',
    });
    expect(renamed.body).toEqual(
      expect.objectContaining({
        name: 'Ympäristö- ja rakennuslautakunta',
        nameSv: 'Miljönämnden',
        active: true,
      }),
    );
    const swedishRemoved = await api.request('PATCH', `/api/bodies/${created.body.id}`, { nameSv: null });
    expect(swedishRemoved.body).toEqual(
      expect.objectContaining({ name: 'Ympäristö- ja rakennuslautakunta', nameSv: null }),
    );
    const deactivated = await api.request('PATCH', `/api/bodies/${api.demo.bodyIds.employment}`, {
      active: false,
    });
    expect(deactivated.body.active).toBe(false);
    const initiative = await api.request(
      'GET',
      `/api/initiatives/${api.demo.initiativeIds['KAJDno-2026-577']}`,
    );
    expect(initiative.body.statements[0].bodyId).toBe(api.demo.bodyIds.employment);
    expect(
      (await api.request('PATCH', '/api/bodies/00000000-0000-4000-8000-000000000000', { active: false }))
        .status,
    ).toBe(404);
  });

  it('reads and changes the municipality, refusing unknown rule packs', async () => {
    expect((await api.request('GET', '/api/municipality')).body).toEqual(
      expect.objectContaining({
        name: 'Kajaani',
        rulePack: 'kajaani',
        diaryPrefix: 'KAJDno',
        // What Kajaani's council minutes say on referral (HS 119 §): the web app proposes it.
        referral: { proposal: REFERRAL_PROPOSAL, decision: REFERRAL_DECISION },
      }),
    );
    expect(
      (await api.request('PUT', '/api/municipality', { name: 'Kajaani', rulePack: 'oulu', diaryPrefix: 'K' }))
        .status,
    ).toBe(400);
    const changed = await api.request('PUT', '/api/municipality', {
      name: 'Kajaani',
      rulePack: 'turku',
      diaryPrefix: 'KAJ',
    });
    expect(changed.body).toEqual(expect.objectContaining({ rulePack: 'turku', diaryPrefix: 'KAJ' }));
  });

  it('serves an OpenAPI 3.1 document covering every endpoint and event payload', async () => {
    const response = await api.request('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    expect(Object.keys(response.body.paths).sort()).toEqual([
      '/api/admin/log',
      '/api/annual-lists/{year}',
      '/api/annual-lists/{year}/decision',
      '/api/annual-lists/{year}/export',
      '/api/attachments/{id}/content',
      '/api/attachments/{id}/reads',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/municipalities',
      '/api/auth/oidc/callback',
      '/api/auth/oidc/start',
      '/api/auth/password',
      '/api/auth/sign-in-options',
      '/api/bodies',
      '/api/bodies/{id}',
      '/api/bodies/{id}/meetings',
      '/api/dashboard',
      '/api/health',
      '/api/health/live',
      '/api/health/ready',
      '/api/initiatives',
      '/api/initiatives/export',
      '/api/initiatives/{id}',
      '/api/initiatives/{id}/attachments',
      '/api/initiatives/{id}/events',
      '/api/initiatives/{id}/handlings/{seq}/corrections',
      '/api/initiatives/{id}/handlings/{seq}/minutes',
      '/api/initiatives/{id}/links',
      '/api/initiatives/{id}/links/{linkId}',
      '/api/initiatives/{id}/pdf',
      '/api/initiatives/{id}/statement-requests',
      '/api/me',
      '/api/meetings/{id}',
      '/api/meetings/{id}/items',
      '/api/meetings/{id}/items/{itemId}',
      '/api/meetings/{id}/items/{itemId}/decision',
      '/api/meetings/{id}/minutes-checked',
      '/api/municipality',
      '/api/municipality/rule-packs',
      '/api/municipality/rule-packs/preview',
      '/api/municipality/rule-packs/templates',
      '/api/municipality/sign-in',
      '/api/reminders/outbox',
      '/api/reminders/run',
      '/api/reminders/settings',
      '/api/users',
      '/api/users/{id}',
    ]);
    const schemas = response.body.components.schemas;
    for (const dto of [
      'FilingDto',
      'ReferToBoardDto',
      'RequestStatementDto',
      'RecordStatementDto',
      'RecordWrittenStatementDto',
      'WaiveStatementDto',
      'ReferForMeasuresDto',
      'RecordBoardDecisionDto',
      'RecordCouncilDecisionDto',
      'CloseViaAnnualListDto',
      'WithdrawDto',
      'DeclareLapsedDto',
      'CorrectionDto',
      'LinkDto',
      'PlanMeetingsDto',
      'ChangeMeetingDto',
      'AgendaItemDto',
      'EditAgendaItemDto',
      'AgendaDecisionDto',
      'MinutesCheckedDto',
    ]) {
      expect(schemas[dto]).toBeDefined();
    }
    expect(schemas.RecordStatementDto.required).toEqual(
      expect.arrayContaining([
        'type',
        'bodyId',
        'meeting',
        'presenter',
        'proposal',
        'decision',
        'decisionType',
        'responseText',
      ]),
    );
    const body =
      response.body.paths['/api/initiatives/{id}/events'].post.requestBody.content['application/json'].schema;
    expect(body.oneOf).toHaveLength(11);
  });

  it('serves a document Redocly’s recommended rules find no error in', async () => {
    const document = (await api.request('GET', '/api/openapi.json')).body;
    const result = lintOpenApi(document);
    console.log(`Redocly lint of /api/openapi.json: ${result.errors} errors, ${result.warnings} warnings`);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('documents every answer: a success schema and the shared problem+json for errors, a session where needed', async () => {
    const document = (await api.request('GET', '/api/openapi.json')).body;
    expect(JSON.stringify(document)).not.toContain('"#/components/schemas/"');
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['bearer', 'session']);
    expect(document.components.securitySchemes.session).toEqual(
      expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'aloite_session' }),
    );
    const problem = document.components.responses.Problem.content['application/problem+json'].schema;
    expect(problem.$ref).toBe('#/components/schemas/ProblemResponse');
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(
        methods as Record<string, { responses: Record<string, unknown>; security?: unknown[] }>,
      ).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, ...operation })),
    );
    // A browser's steps of an organisation sign-in answer only with redirects, failures included.
    const redirects = ['GET /api/auth/oidc/start', 'GET /api/auth/oidc/callback'];
    for (const operation of operations) {
      const success = Object.keys(operation.responses).filter((status) =>
        redirects.includes(operation.name) ? status === '302' : /^2\d\d$/.test(status),
      );
      expect({ [operation.name]: success.length > 0 }).toEqual({ [operation.name]: true });
      expect(operation.responses['4XX']).toEqual({ $ref: '#/components/responses/Problem' });
    }
    const publicOperations = operations.filter((operation) => operation.security !== undefined);
    expect(publicOperations.map((operation) => operation.name).sort()).toEqual([
      'GET /api/attachments/{id}/content',
      'GET /api/auth/municipalities',
      'GET /api/auth/oidc/callback',
      'GET /api/auth/oidc/start',
      'GET /api/auth/sign-in-options',
      'GET /api/health',
      'GET /api/health/live',
      'GET /api/health/ready',
      'POST /api/auth/login',
    ]);
    expect(document.security).toEqual([{ bearer: [] }, { session: [] }]);
  });

  it('serves the browsable docs page, and the root leads to it', async () => {
    const docs = await api.request('GET', '/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger');
    const root = await fetch(`${api.baseUrl}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/api/docs');
  });

  it('answers unknown addresses with problem+json 404', async () => {
    const response = await api.request('GET', '/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
