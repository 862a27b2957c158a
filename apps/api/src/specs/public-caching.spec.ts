import { DEMO_SLUG, startTestApp, type TestApp } from '../testing/test-app';

// Issue 21, item 4: every public answer is cacheable (a strong ETag from its bytes, Cache-Control, 304 on a
// matching If-None-Match) and rate-limited per client address (429 problem+json with Retry-After); the staff API
// is neither. The limit is lowered here so that a test can pass it; each test speaks from its own address (the
// app trusts the loopback proxy's X-Forwarded-For, as behind a real one).

const LIMIT = 8;
const FEED = `/public/${DEMO_SLUG}/feeds/initiatives.atom`;
const DATA = `/public/${DEMO_SLUG}/data/initiatives-2026.json`;

describe('caching and rate limiting of public answers', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('2026-05-21', { publicRateLimit: LIMIT, trustProxy: ['loopback'] });
  });
  afterAll(() => api.close());

  let lastAddress = 0;
  /** A client of its own: the next address of TEST-NET-3. */
  const client = () => {
    const address = `203.0.113.${++lastAddress}`;
    return (path: string, headers: Record<string, string> = {}, staff = false) =>
      (staff ? api.request : api.anonymous)('GET', path, undefined, {
        'x-forwarded-for': address,
        ...headers,
      });
  };

  it('gives a public answer a strong ETag from its bytes and a public Cache-Control', async () => {
    const get = client();
    for (const path of [FEED, DATA, `/public/${DEMO_SLUG}/feeds/decisions.rss`]) {
      const first = await get(path);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=60');
      const second = await get(path);
      expect(second.headers.get('etag')).toBe(etag);
      expect(second.text).toBe(first.text);
    }
  });

  it('answers a matching If-None-Match with 304 and no body, and a stale one with the whole answer', async () => {
    const get = client();
    const first = await get(FEED);
    const etag = first.headers.get('etag') as string;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const notModified = await get(FEED, { 'if-none-match': ifNoneMatch });
      expect(notModified.status).toBe(304);
      expect(notModified.text).toBe('');
      expect(notModified.headers.get('etag')).toBe(etag);
    }
    const stale = await get(FEED, { 'if-none-match': '"not-this-one"' });
    expect(stale.status).toBe(200);
    expect(stale.text).toBe(first.text);
  });

  it('changes the ETag when an initiative changes', async () => {
    const get = client();
    const council = api.demo.bodyIds.council;
    const filed = await api.request('POST', '/api/initiatives', {
      title: 'Valtuustoaloite uimahallin aukioloajoista',
      text: 'Esitämme, että uimahalli avataan sunnuntaisin jo kello kahdeksan.',
      kind: 'councillor',
      submittedOn: '2026-05-18',
      signatories: [],
      signatoryCount: 3,
      hasFinancialEffect: false,
      filedAt: { bodyId: council, date: '2026-05-18', section: 61 },
    });
    expect(filed.status).toBe(201);
    const before = await get(FEED);
    const beforeData = await get(DATA);
    expect(before.text).toContain('uimahallin');
    const referred = await api.request('POST', `/api/initiatives/${filed.body.id as string}/events`, {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: council, date: '2026-05-18', section: 61 },
    });
    expect(referred.status).toBe(200);
    const after = await get(FEED, { 'if-none-match': before.headers.get('etag') as string });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const afterData = await get(DATA, { 'if-none-match': beforeData.headers.get('etag') as string });
    expect(afterData.status).toBe(200);
    expect(afterData.headers.get('etag')).not.toBe(beforeData.headers.get('etag'));
  });

  it('answers repeated reads from memory, and shows a staff write on the very next read', async () => {
    const get = client();
    const file = (title: string, section: number) =>
      api.request('POST', '/api/initiatives', {
        title,
        text: 'Esitämme, että pääkirjasto on auki lauantaisin kello 18 asti.',
        kind: 'councillor',
        submittedOn: '2026-05-19',
        signatories: [],
        signatoryCount: 2,
        hasFinancialEffect: false,
        filedAt: { bodyId: api.demo.bodyIds.council, date: '2026-05-19', section },
      });
    expect((await file('Valtuustoaloite kirjaston lauantaiaukiolosta', 62)).status).toBe(201);
    const first = await get(FEED);
    expect(first.headers.get('age')).toBeNull();
    expect(first.text).toContain('kirjaston lauantaiaukiolosta');
    const again = await get(FEED);
    expect(again.headers.get('age')).toMatch(/^\d+$/);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));

    expect((await file('Valtuustoaloite kirjaston sunnuntaiaukiolosta', 63)).status).toBe(201);
    const afterWrite = await get(FEED);
    expect(afterWrite.headers.get('age')).toBeNull();
    expect(afterWrite.text).toContain('kirjaston sunnuntaiaukiolosta');
  });

  it('never caches an answer of the staff API', async () => {
    const get = client();
    for (const path of ['/api/initiatives', '/api/bodies', '/api/health']) {
      const response = await get(path, {}, true);
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBeNull();
      expect(response.headers.get('cache-control') ?? '').not.toMatch(/public|max-age/);
    }
  });

  it('refuses one address past the limit with 429 problem+json and Retry-After, and serves another', async () => {
    const get = client();
    for (let request = 0; request < LIMIT; request++) expect((await get(FEED)).status).toBe(200);
    for (const path of [FEED, DATA, `/public/${DEMO_SLUG}/feeds/no-such.atom`, '/oparl/v1/system']) {
      const refused = await get(path);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body).toEqual(
        expect.objectContaining({ status: 429, code: 'TOO_MANY_REQUESTS', retryAfter: expect.any(Number) }),
      );
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.headers.get('cache-control')).toBe('no-store');
    }
    expect((await client()(FEED)).status).toBe(200);
  });

  it('counts an IPv6 client by its /64', async () => {
    const get = (last: number) => (path: string) =>
      api.anonymous('GET', path, undefined, { 'x-forwarded-for': `2001:db8:5::${last.toString(16)}` });
    for (let request = 0; request < LIMIT; request++) expect((await get(request + 1)(FEED)).status).toBe(200);
    expect((await get(0xbeef)(FEED)).status).toBe(429);
    const otherNetwork = await api.anonymous('GET', FEED, undefined, { 'x-forwarded-for': '2001:db8:6::1' });
    expect(otherNetwork.status).toBe(200);
  });

  it('never limits the staff API, whatever an address did on the public side', async () => {
    const get = client();
    for (let request = 0; request <= LIMIT; request++) await get(FEED);
    expect((await get(FEED)).status).toBe(429);
    for (let request = 0; request < 3 * LIMIT; request++) {
      const response = await get('/api/initiatives?limit=1', {}, true);
      expect(response.status).toBe(200);
    }
    expect((await get('/api/health')).status).toBe(200);
  });
});
