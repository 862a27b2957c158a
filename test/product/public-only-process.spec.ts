import { startBuiltApi, type ApiProcess } from '../support/api-process';

// `PUBLIC_ONLY=true` read by the built API as `npm start` runs it: the process answers the public pages and health,
// and no sign-in (the addresses one by one: apps/api/src/specs/public-only-process.spec.ts).

describe('the built API started with PUBLIC_ONLY=true', () => {
  let api: ApiProcess;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ api, close } = await startBuiltApi({ PUBLIC_ONLY: 'true' }));
  }, 120_000);
  afterAll(() => close());

  it('serves the public pages and health, and signs no one in', async () => {
    // A page, not JSON: fetched as a browser would.
    expect((await fetch(`${api.baseUrl}/public/kajaani/fi`)).status).toBe(200);
    expect((await api.call('GET', '/api/health', null)).status).toBe(200);
    const login = await api.call('POST', '/api/auth/login', null, {
      username: 'valtuustosihteeri',
      password: 'demo-valtuustosihteeri',
    });
    expect([login.status, login.body.code]).toEqual([404, 'NOT_FOUND']);
  });
});
