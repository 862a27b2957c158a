import { request } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../app';
import {
  DEMO_SLUG,
  startTestApp,
  TEST_PASSWORD,
  testResponse,
  type TestApp,
  type TestResponse,
} from '../testing/test-app';

// A process started with PUBLIC_ONLY=true on the same database as a full one, as a municipality's reverse proxy
// would send it the anonymous readers: it answers the public side as the full process does, and nothing else, not
// even to a valid session, so a staff request routed or sent there by mistake finds nothing and changes nothing.

/** As sent, without the dot segments and double slashes fetch would tidy away. */
function rawGet(baseUrl: string, path: string, token: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(
      `${baseUrl}/`,
      { path, headers: { authorization: `Bearer ${token}` } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    sent.on('error', reject);
    sent.end();
  });
}

describe('a process that serves only the public side', () => {
  let api: TestApp;
  let publicOnly: NestFastifyApplication;
  let publicUrl: string;
  let token: string;
  let documentId: string;
  const DOCUMENT = Buffer.from('%PDF-1.7\nJulkinen liite.\n');

  const toPublicOnly = async (
    method: string,
    path: string,
    session: string | null,
    body?: unknown,
  ): Promise<TestResponse> => {
    const response = await fetch(`${publicUrl}${path}`, {
      method,
      headers: {
        ...(session ? { authorization: `Bearer ${session}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return testResponse(response.status, response.headers, await response.text());
  };

  const initiatives = async () =>
    Number((await api.database.dataSource.query('SELECT count(*) AS n FROM initiative'))[0].n);

  beforeAll(async () => {
    api = await startTestApp();
    publicOnly = await createApp({
      dataSource: api.database.dataSource,
      clock: api.clock,
      logLevel: 'silent',
      publicOnly: true,
    });
    await publicOnly.listen({ port: 0, host: '127.0.0.1' });
    const address = publicOnly.getHttpServer().address();
    publicUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    token = await api.signIn('tester', TEST_PASSWORD);
    const form = new FormData();
    form.append('publicity', 'public');
    form.append('file', new Blob([DOCUMENT]), 'liite.pdf');
    const uploaded = await fetch(
      `${api.baseUrl}/api/initiatives/${api.demo.initiativeIds['KAJDno-2026-577']}/attachments`,
      { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form },
    );
    expect(uploaded.status).toBe(201);
    documentId = ((await uploaded.json()) as { id: string }).id;
  });

  afterAll(async () => {
    await publicOnly?.close();
    await api?.close();
  });

  it('answers the public pages, feeds, open data, OParl, public documents and health as the full process does', async () => {
    const paths = [
      `/public/${DEMO_SLUG}/fi`,
      `/public/${DEMO_SLUG}/fi/initiatives/${api.demo.initiativeIds['KAJDno-2026-577']}`,
      '/public/styles.css',
      `/public/${DEMO_SLUG}/feeds/initiatives.atom`,
      `/public/${DEMO_SLUG}/data/initiatives-2026.json`,
      '/oparl/v1/system',
      '/api/health',
    ];
    for (const path of paths) {
      const full = await api.anonymous('GET', path);
      const only = await toPublicOnly('GET', path, null);
      expect([path, only.status, only.headers.get('content-type')]).toEqual([
        path,
        200,
        full.headers.get('content-type'),
      ]);
    }
    const document = await fetch(`${publicUrl}/api/attachments/${documentId}/content`);
    expect(document.status).toBe(200);
    expect(Buffer.from(await document.arrayBuffer())).toEqual(DOCUMENT);
  });

  it('takes no session: a confidential document the session reads elsewhere is not served there', async () => {
    const form = new FormData();
    form.append('publicity', 'confidential');
    form.append('legalGround', 'JulkL 24 § 1 mom. 32 k');
    form.append('file', new Blob(['Salassa pidettävä liite.\n']), 'liite.txt');
    const uploaded = await fetch(
      `${api.baseUrl}/api/initiatives/${api.demo.initiativeIds['KAJDno-2026-577']}/attachments`,
      { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form },
    );
    expect(uploaded.status).toBe(201);
    const path = `/api/attachments/${((await uploaded.json()) as { id: string }).id}/content`;
    const [staff, cookie, anonymous] = [
      { authorization: `Bearer ${token}` },
      { cookie: `aloite_session=${token}` },
      {},
    ];
    expect((await fetch(`${api.baseUrl}${path}`, { headers: staff })).status).toBe(200);
    const there = await Promise.all(
      [staff, cookie, anonymous].map(
        async (headers) => (await fetch(`${publicUrl}${path}`, { headers })).status,
      ),
    );
    const asAnonymous = (await fetch(`${api.baseUrl}${path}`)).status;
    expect(asAnonymous).toBeGreaterThanOrEqual(400);
    expect(there).toEqual([asAnonymous, asAnonymous, asAnonymous]);
  });

  it('refuses every staff address with a 404 problem, even to a valid session', async () => {
    const refused = [
      ['GET', '/api/initiatives', token],
      ['GET', '/api/bodies', token],
      ['GET', '/api/auth/me', token],
      ['GET', `/api/initiatives/${api.demo.initiativeIds['KAJDno-2026-577']}/attachments`, token],
      ['GET', `/api/attachments/${documentId}/reads`, token],
      ['GET', '/api/docs', null],
      ['GET', '/', null],
    ] as const;
    for (const [method, path, session] of refused) {
      const response = await toPublicOnly(method, path, session);
      expect([path, response.status, response.headers.get('content-type'), response.body.code]).toEqual([
        path,
        404,
        'application/problem+json; charset=utf-8',
        'NOT_FOUND',
      ]);
    }
  });

  it('signs no one in and takes no write: a refused request changes nothing', async () => {
    const before = await initiatives();
    const login = await toPublicOnly('POST', '/api/auth/login', null, {
      username: 'tester',
      password: TEST_PASSWORD,
    });
    expect([login.status, login.body.code, login.body.token]).toEqual([404, 'NOT_FOUND', undefined]);
    const filed = await toPublicOnly('POST', '/api/initiatives', token, {
      title: 'Väärään osoitteeseen',
      text: 'x',
      kind: 'councillor',
      submittedOn: '2026-03-02',
      signatories: [],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { bodyId: api.demo.bodyIds.council, date: '2026-03-02', section: 1 },
    });
    expect([filed.status, filed.body.code]).toEqual([404, 'NOT_FOUND']);
    expect(await initiatives()).toBe(before);
  });

  it('lets no staff address in through a public address in its query, dot segments or doubled slashes', async () => {
    const paths = [
      `/api/initiatives?from=/public/${DEMO_SLUG}/fi`,
      '/api/bodies?/oparl/v1/system',
      `/api/attachments/${documentId}/reads?/content`,
      '/public/../api/initiatives',
      '/oparl/../api/initiatives',
      '/api/health/../initiatives',
      `/api/attachments/${documentId}/content/../../../initiatives`,
      '//api/initiatives',
      '/api/health/../../api/bodies',
    ];
    for (const path of paths) {
      const response = await rawGet(publicUrl, path, token);
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.text).toContain('NOT_FOUND');
    }
  });
});
