import { startTestApp, type TestApp } from '../testing/test-app';

describe('failed sign-ins are throttled, and say nothing about who exists', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    await api.createUser('kaisa', 'kaisa-password-1', ['councilStaff']);
  });
  afterAll(() => api.close());

  const login = (username: string, password: string) =>
    api.anonymous('POST', '/api/auth/login', { username, password });

  it('answers a wrong password and an unknown user identically', async () => {
    const wrong = await login('kaisa', 'not-her-password');
    const unknown = await login('nobody-here', 'not-her-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect([...unknown.headers.keys()].sort()).toEqual([...wrong.headers.keys()].sort());
  });

  it('refuses even the right password after five failures for that username, with Retry-After, then recovers', async () => {
    for (let attempt = 0; attempt < 4; attempt++)
      expect((await login('kaisa', 'wrong-password-x')).status).toBe(401);
    const throttled = await login('kaisa', 'kaisa-password-1');
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('TOO_MANY_ATTEMPTS');
    const retryAfter = Number(throttled.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    api.clock.advance(retryAfter * 1000);
    expect((await login('kaisa', 'kaisa-password-1')).status).toBe(200);
  });

  it('throttles unknown usernames the same way, so throttling reveals nothing either', async () => {
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await login('ghost', 'wrong-password-x')).status).toBe(401);
    expect((await login('ghost', 'wrong-password-x')).status).toBe(429);
  });

  it('throttles one address trying many usernames', async () => {
    api.clock.advance(16 * 60_000);
    for (let attempt = 0; attempt < 20; attempt++) {
      expect((await login(`guess-${attempt}`, 'wrong-password-x')).status).toBe(401);
    }
    expect((await login('kaisa', 'kaisa-password-1')).status).toBe(429);
    api.clock.advance(16 * 60_000);
    expect((await login('kaisa', 'kaisa-password-1')).status).toBe(200);
  });
});
