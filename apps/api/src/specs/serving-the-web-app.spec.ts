import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase } from '@aloite/persistence/testing';
import { createApp } from '../app';
import { fakeWebBuild } from '../testing/fake-web-build';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('serving the web app', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('2026-05-21', { webRoot: fakeWebBuild() });
  });
  afterAll(() => api.close());

  it('serves the app at / and at every path of its own router, never cached', async () => {
    for (const path of ['/', '/initiatives', '/initiatives/1f0e/events/WITHDRAW']) {
      const response = await api.anonymous('GET', path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.text).toContain('<div id="root">');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  it('serves the hashed assets for a year', async () => {
    const response = await api.anonymous('GET', '/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 for a file the build does not hold (a source map, an old release’s script), not the app', async () => {
    for (const path of ['/assets/index-abc123.js.map', '/assets/index-old999.js', '/favicon.ico']) {
      const response = await api.anonymous('GET', path);
      expect([path, response.status, response.body.code]).toEqual([path, 404, 'NOT_FOUND']);
    }
  });

  it('keeps /api for the API: unknown API paths are problem+json 404s, not the app', async () => {
    for (const path of ['/api', '/api/nothing-here', '/api/initiatives/x/y/z']) {
      const response = await api.anonymous('GET', path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.code).toBe('NOT_FOUND');
    }
    expect((await api.anonymous('GET', '/api/initiatives')).status).toBe(401);
    expect((await api.request('GET', '/api/initiatives')).status).toBe(200);
  });

  it('refuses to start on a folder without a build, and says how to make one', async () => {
    const database = await openTestDatabase();
    try {
      await expect(
        createApp({
          dataSource: database.dataSource,
          logLevel: 'silent',
          webRoot: mkdtempSync(join(tmpdir(), 'x-')),
        }),
      ).rejects.toThrow(/npm run build:web/);
    } finally {
      await database.close();
    }
  });
});
