import { PREPARERS, PRESENTER_TIKKANEN, STATEMENT_17 } from '@aloite/domain/testing';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app';

/** A page of another site making the signed-in browser send its cookie (cross-site request forgery). */
const FOREIGN = 'https://evil.example';

describe('changes signed in with the session cookie come from this site only', () => {
  let api: TestApp;
  let token: string;
  let ownOrigin: string;
  let initiative: string;
  const asCookie = (headers: Record<string, string> = {}) => ({
    cookie: `aloite_session=${token}`,
    ...headers,
  });
  const stillSignedIn = async () =>
    (await api.anonymous('GET', '/api/me', undefined, asCookie())).status === 200;

  beforeAll(async () => {
    api = await startTestApp();
    ownOrigin = api.baseUrl;
    initiative = api.demo.initiativeIds['KAJDno-2026-726'] as string;
  });
  beforeEach(async () => {
    token = await api.signIn('tester', TEST_PASSWORD);
  });
  afterAll(() => api.close());

  it.each([
    ['a foreign Origin', () => ({ origin: FOREIGN })],
    ['a foreign Origin with this site as Referer', () => ({ origin: FOREIGN, referer: `${ownOrigin}/` })],
    ['no Origin and a foreign Referer', () => ({ referer: `${FOREIGN}/page` })],
    ['neither Origin nor Referer', () => ({})],
    ['an opaque Origin (null)', () => ({ origin: 'null' })],
    ['this host on another scheme', () => ({ origin: ownOrigin.replace('http:', 'https:') })],
  ])(
    'refuses logout with %s: 403, and the session lives on',
    async (_, headers: () => Record<string, string>) => {
      const response = await api.anonymous('POST', '/api/auth/logout', undefined, asCookie(headers()));
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.code).toBe('CROSS_ORIGIN_REQUEST');
      expect(await stillSignedIn()).toBe(true);
    },
  );

  it('refuses a foreign event, reminders run and document upload, writing nothing', async () => {
    const events = async () =>
      (await api.request('GET', `/api/initiatives/${initiative}/events`)).body.length;
    const before = await events();
    const event = await api.anonymous(
      'POST',
      `/api/initiatives/${initiative}/events`,
      {
        type: 'RECORD_STATEMENT',
        bodyId: api.demo.bodyIds.employment,
        meeting: { bodyId: api.demo.bodyIds.employment, date: '2026-05-20', section: 17 },
        preparers: [PREPARERS.hamalainen, PREPARERS.tikkanen],
        presenter: PRESENTER_TIKKANEN,
        proposal: STATEMENT_17.proposal,
        decision: STATEMENT_17.proposal,
        decisionType: 'asProposed',
        responseText: STATEMENT_17.responseText,
      },
      asCookie({ origin: FOREIGN }),
    );
    expect([event.status, event.body.code]).toEqual([403, 'CROSS_ORIGIN_REQUEST']);
    expect(await events()).toBe(before);

    const reminders = await api.anonymous(
      'POST',
      '/api/reminders/run',
      undefined,
      asCookie({ origin: FOREIGN }),
    );
    expect([reminders.status, reminders.body.code]).toEqual([403, 'CROSS_ORIGIN_REQUEST']);

    const form = new FormData();
    form.append('publicity', 'public');
    form.append('file', new Blob(['Aloite liitteenä']), 'liite.txt');
    const upload = await fetch(`${api.baseUrl}/api/initiatives/${initiative}/attachments`, {
      method: 'POST',
      headers: asCookie({ origin: FOREIGN }),
      body: form,
    });
    expect(upload.status).toBe(403);
    expect(((await upload.json()) as { code: string }).code).toBe('CROSS_ORIGIN_REQUEST');
    const detail = await api.request('GET', `/api/initiatives/${initiative}`);
    expect(JSON.stringify(detail.body)).not.toContain('liite.txt');
  });

  it('accepts the change from this site, by Origin or, without one, by Referer', async () => {
    const form = new FormData();
    form.append('publicity', 'public');
    form.append('file', new Blob(['Aloite liitteenä']), 'oma-liite.txt');
    const upload = await fetch(`${api.baseUrl}/api/initiatives/${initiative}/attachments`, {
      method: 'POST',
      headers: asCookie({ origin: ownOrigin }),
      body: form,
    });
    expect(upload.status).toBe(201);
    const byReferer = await api.anonymous(
      'POST',
      '/api/auth/logout',
      undefined,
      asCookie({ referer: `${ownOrigin}/initiatives` }),
    );
    expect(byReferer.status).toBe(204);
    expect(await stillSignedIn()).toBe(false);
  });

  it('leaves reads and bearer tokens alone: a browser never sends a token by itself', async () => {
    const read = await api.anonymous('GET', '/api/me', undefined, asCookie({ origin: FOREIGN }));
    expect(read.status).toBe(200);
    const logout = await api.as(token)('POST', '/api/auth/logout', undefined, { origin: FOREIGN });
    expect(logout.status).toBe(204);
  });
});

describe('behind a TLS proxy (TRUST_PROXY)', () => {
  const viaProxy = (client: string) => ({
    'x-forwarded-for': client,
    'x-forwarded-proto': 'https',
    'x-forwarded-host': 'aloite.kajaani.fi',
  });

  /** Failed sign-ins with new usernames from one address until the address is throttled; then from another. */
  async function throttledAddressShared(api: TestApp): Promise<boolean> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const refused = await api.anonymous(
        'POST',
        '/api/auth/login',
        { username: `guess-${attempt}`, password: 'wrong-password' },
        viaProxy('203.0.113.1'),
      );
      if (refused.status === 429) break;
    }
    const other = await api.anonymous(
      'POST',
      '/api/auth/login',
      { username: 'someone-else', password: 'wrong-password' },
      viaProxy('203.0.113.2'),
    );
    return other.status === 429;
  }

  const signInViaProxy = (api: TestApp) =>
    api.anonymous(
      'POST',
      '/api/auth/login',
      { username: 'tester', password: TEST_PASSWORD },
      viaProxy('198.51.100.7'),
    );

  it('with TRUST_PROXY: the cookie is Secure, each client is throttled by its own address, the site is the proxy’s', async () => {
    const api = await startTestApp('2026-05-21', { trustProxy: true });
    try {
      const signedIn = await signInViaProxy(api);
      expect(signedIn.headers.get('set-cookie')).toMatch(/; Secure/);
      const logout = await api.anonymous('POST', '/api/auth/logout', undefined, {
        cookie: `aloite_session=${signedIn.body.token}`,
        origin: 'https://aloite.kajaani.fi',
        ...viaProxy('198.51.100.7'),
      });
      expect(logout.status).toBe(204);
      expect(await throttledAddressShared(api)).toBe(false);
    } finally {
      await api.close();
    }
  });

  it('without it: forwarded headers are not believed (no Secure, one shared address, the proxy’s site foreign)', async () => {
    const api = await startTestApp();
    try {
      const signedIn = await signInViaProxy(api);
      expect(signedIn.headers.get('set-cookie')).not.toMatch(/Secure/);
      const logout = await api.anonymous('POST', '/api/auth/logout', undefined, {
        cookie: `aloite_session=${signedIn.body.token}`,
        origin: 'https://aloite.kajaani.fi',
        ...viaProxy('198.51.100.7'),
      });
      expect(logout.status).toBe(403);
      expect(await throttledAddressShared(api)).toBe(true);
    } finally {
      await api.close();
    }
  });
});
