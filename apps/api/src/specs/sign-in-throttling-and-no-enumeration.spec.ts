import { SignInThrottle } from '@aloite/persistence';
import { WINDOW_MS, throttleTiers } from '../auth/auth.service';
import { attackFromAnotherProcess } from '../testing/anonymous-attacker';
import { fromAddress } from '../testing/from-address';
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

  it('refuses even the right password after five failures for that username from that address, with Retry-After, then recovers', async () => {
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

  /** From another loopback address: another client, as far as the API can tell. */
  const loginFrom = (address: string, username: string, password: string) =>
    fromAddress(api.baseUrl, address)('POST', '/api/auth/login', { username, password });

  it('counts attempts before verifying: of 400 simultaneous wrong passwords exactly 5 are checked', async () => {
    api.clock.advance(16 * 60_000);
    await api.createUser('racer', 'racer-password-1', ['councilStaff']);
    const answers = await attackFromAnotherProcess(api.baseUrl, {
      addresses: ['127.0.0.2'],
      perAddress: 400,
      body: 'wrongPassword',
      username: 'racer',
    });
    const statuses = answers.map((answer) => answer.status);
    // The rest are refused unchecked: by the throttle (429), or, while the password queue is full, as busy (503).
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status !== 401 && status !== 429 && status !== 503)).toEqual([]);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(
      answers
        .filter((answer) => answer.status !== 401)
        .every((answer) => /^\d+$/.test(answer.retryAfter ?? '')),
    ).toBe(true);
    expect((await loginFrom('127.0.0.2', 'racer', 'racer-password-1')).status).toBe(429);
  });

  it('lets a stranger’s five wrong passwords lock only the stranger’s address, not the owner', async () => {
    await api.createUser('owner', 'owner-password-1', ['councilStaff']);
    for (const stranger of ['127.0.0.3', '127.0.0.4']) {
      for (let attempt = 0; attempt < 5; attempt++)
        expect((await loginFrom(stranger, 'owner', 'wrong-password-x')).status).toBe(401);
      expect((await loginFrom(stranger, 'owner', 'owner-password-1')).status).toBe(429);
    }
    expect((await loginFrom('127.0.0.5', 'owner', 'owner-password-1')).status).toBe(200);
  });

  it('gives İ, I and i one throttle and one account: no spelling adds guesses or gets past a lock', async () => {
    const id = await api.createUser('tiina', 'tiina-password-1', ['councilStaff']);
    for (const spelling of ['TİİNA', 'tiina', 'TIINA', 'Tiina', 'tİina'])
      expect((await loginFrom('127.0.0.6', spelling, 'wrong-password-x')).status).toBe(401);
    for (const spelling of ['tiina', 'TİİNA', 'tIina', 'tİİna'])
      expect((await loginFrom('127.0.0.6', spelling, 'tiina-password-1')).status).toBe(429);
    const signedIn = await loginFrom('127.0.0.7', 'TİİNA', 'tiina-password-1');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.id).toBe(id);
  });

  it('locks a username everywhere only after 100 failures from many addresses', async () => {
    await api.createUser('target', 'target-password-1', ['councilStaff']);
    const throttle = new SignInThrottle(api.database.dataSource, WINDOW_MS);
    // Twenty addresses' five failures each, counted as the API counts them (without waiting for argon2).
    const failFrom = async (address: string) => {
      for (let attempt = 0; attempt < 5; attempt++)
        await throttle.reserve(throttleTiers(api.demo.municipalityId, 'target', address), api.clock.now());
    };
    for (let address = 10; address < 16; address++) await failFrom(`127.0.1.${address}`);
    expect((await loginFrom('127.0.0.8', 'target', 'target-password-1')).status).toBe(200);
    for (let address = 16; address < 30; address++) await failFrom(`127.0.1.${address}`);
    const locked = await loginFrom('127.0.0.9', 'target', 'target-password-1');
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_ATTEMPTS');
  });

  const throttleRows = async () =>
    Number(
      (
        (await api.database.dataSource.query(`SELECT count(*) AS n FROM sign_in_throttle`)) as { n: string }[]
      )[0]?.n,
    );

  it('writes no counter for the usernames an address over its limit goes on spraying', async () => {
    api.clock.advance(16 * 60_000);
    for (let attempt = 0; attempt < 20; attempt++)
      expect((await loginFrom('127.0.0.20', `spray-${attempt}`, 'wrong-password-x')).status).toBe(401);
    const rowsWhenOver = await throttleRows();
    for (let attempt = 20; attempt < 70; attempt++)
      expect((await loginFrom('127.0.0.20', `spray-${attempt}`, 'wrong-password-x')).status).toBe(429);
    expect(await throttleRows()).toBe(rowsWhenOver);
  });

  // The test server listens on IPv4 loopback only, so IPv6 clients are counted through the throttle itself, keyed
  // by `throttleTiers` as the API keys them (the key function has its own table of cases in client-address.spec).
  it('counts the addresses of one IPv6 /64 as one client, for one username and for many', async () => {
    api.clock.advance(16 * 60_000);
    const throttle = new SignInThrottle(api.database.dataSource, WINDOW_MS);
    const refused = async (username: string, ip: string) => {
      const tiers = throttleTiers(api.demo.municipalityId, username, ip);
      const counts = await throttle.reserve(tiers, api.clock.now());
      return counts.some(
        (count) => count.attempts > (tiers.find((tier) => tier.key === count.key)?.limit ?? 0),
      );
    };
    for (let attempt = 0; attempt < 5; attempt++)
      expect(await refused('kaisa', `2001:db8:1:2::${attempt + 1}`)).toBe(false);
    expect(await refused('kaisa', '2001:db8:1:2:ffff::9')).toBe(true);
    expect(await refused('kaisa', '2001:db8:1:3::1')).toBe(false);

    for (let attempt = 0; attempt < 20; attempt++)
      expect(await refused(`v6-guess-${attempt}`, `2001:db8:5:6::${attempt + 1}`)).toBe(false);
    expect(await refused('v6-guess-x', '2001:db8:5:6:abcd::1')).toBe(true);
    expect(await refused('v6-guess-x', '2001:db8:5:7::1')).toBe(false);
  });
});
