import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import { DEMO_SLUG, startTestApp, type TestApp } from '../testing/test-app';

// What one anonymous client can do to everyone's public answers (issue 21, item 4, found by an attack review):
// hold the turns public answers take, keep their memory empty, or have its own origin written into every link.

const LIST = `/public/${DEMO_SLUG}/fi`;
const FEED = `/public/${DEMO_SLUG}/feeds/initiatives.atom`;

describe('public answers under attack', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('2026-05-21', { trustProxy: ['loopback'] });
  });
  afterAll(() => api.close());

  it('are not held up by requests whose bodies never come', async () => {
    const { port } = new URL(api.baseUrl);
    const stalled: Socket[] = [];
    for (let client = 0; client < 12; client++) {
      const socket = connect(Number(port), '127.0.0.1');
      await once(socket, 'connect');
      socket.write(
        `POST ${LIST} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
      );
      stalled.push(socket);
    }
    try {
      const answer = await fetch(`${api.baseUrl}${LIST}`, { signal: AbortSignal.timeout(10_000) });
      expect(answer.status).toBe(200);
    } finally {
      for (const socket of stalled) socket.destroy();
    }
  });

  it('stay in memory when a request is refused: only a staff write that was made empties it', async () => {
    const get = () => api.anonymous('GET', FEED);
    await get();
    expect((await get()).headers.get('age')).toMatch(/^\d+$/);
    for (const [method, path] of [
      ['POST', '/api/nothing-here'],
      ['DELETE', LIST],
      ['POST', '/api/auth/login'],
    ] as const) {
      expect((await api.anonymous(method, path, {})).status).toBeGreaterThanOrEqual(400);
      expect((await get()).headers.get('age')).toMatch(/^\d+$/);
    }
  });

  it('refuse an origin that is no http(s) host, and never write it into links', async () => {
    const data = `/public/${DEMO_SLUG}/data/initiatives-2026.json`;
    for (const path of [FEED, `/public/${DEMO_SLUG}/feeds/decisions.rss`, data, '/oparl/v1/system']) {
      for (const headers of [
        { 'x-forwarded-proto': 'javascript' } as Record<string, string>,
        { 'x-forwarded-proto': 'foo' },
        { 'x-forwarded-host': 'evil.example/path' },
      ]) {
        const answer = await api.anonymous('GET', path, undefined, headers);
        expect({ path, headers, status: answer.status }).toEqual({ path, headers, status: 400 });
        expect(answer.text).not.toMatch(/javascript:|foo:|evil\.example/);
      }
    }
  });
});
