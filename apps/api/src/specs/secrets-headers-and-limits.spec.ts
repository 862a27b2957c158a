import { PassThrough } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AccountStore, seedDemoData } from '@aloite/persistence';
import { openTestDatabase, type TestDatabase } from '@aloite/persistence/testing';
import { createApp } from '../app';
import { hashPassword } from '../auth/passwords';

describe('secrets stay out of logs; headers, CORS and size limits', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let baseUrl: string;
  let logs = '';
  const password = 'very-secret-password-42';

  beforeAll(async () => {
    database = await openTestDatabase();
    const demo = await seedDemoData(database.dataSource);
    await new AccountStore(database.dataSource).createUser(demo?.municipalityId as string, {
      username: 'logged',
      displayName: 'Logged',
      email: null,
      roles: ['registrar'],
      bodyIds: [],
      passwordHash: await hashPassword(password),
    });
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    app = await createApp({ dataSource: database.dataSource, logLevel: 'debug', logStream: stream });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('never writes a password or a session token to the log', async () => {
    await post('/api/auth/login', JSON.stringify({ username: 'logged', password: 'wrong-guess-password' }));
    const login = await post('/api/auth/login', JSON.stringify({ username: 'logged', password }));
    const { token } = (await login.json()) as { token: string };
    await fetch(`${baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    await fetch(`${baseUrl}/api/me`, { headers: { cookie: `aloite_session=${token}` } });
    await fetch(`${baseUrl}/api/initiatives/x`, { headers: { authorization: `Bearer ${token}` } });
    await post('/api/auth/logout', '{}', { authorization: `Bearer ${token}` });
    expect(logs).toContain('"msg":"request"');
    expect(logs).toContain('/api/auth/login');
    for (const secret of [password, 'wrong-guess-password', token]) expect(logs).not.toContain(secret);
  });

  it('sends security headers', async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('keeps CORS closed to other origins', async () => {
    const preflight = await fetch(`${baseUrl}/api/initiatives`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await fetch(`${baseUrl}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body over the size limit with 413 problem+json', async () => {
    const response = await post(
      '/api/auth/login',
      JSON.stringify({ username: 'x', password: 'y'.repeat(3 * 1024 * 1024) }),
    );
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    expect(((await response.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');
  });
});
