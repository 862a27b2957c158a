import { startTestApp, type TestApp } from '../testing/test-app';

// The public pages and feeds read a parameter or two and pass over the rest; one carrying a control character is
// refused all the same (found by the structure-aware fuzzer).

describe('a public address with unsafe text in its query', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('is refused with a 400 naming the rule, wherever the parameter is, and served without it', async () => {
    for (const path of [
      '/public/kajaani/feeds/decisions.atom?lang=fi&type=a%00b',
      '/public/kajaani/data/initiatives-2025.csv?0=a&1=%1b[31m',
      '/public/kajaani/feeds/decisions.atom?a%07=1',
      // A second `?` is part of the first parameter's value to the router, so it is read as such.
      '/public/kajaani/feeds/decisions.atom?lang=fi?x=%00',
    ]) {
      const refused = await api.anonymous('GET', path);
      expect([path, refused.status, refused.body.code, refused.body.errors?.[0]?.rule]).toEqual([
        path,
        400,
        'VALIDATION_FAILED',
        'unsafeCharacters',
      ]);
    }
    const served = await api.anonymous('GET', '/public/kajaani/feeds/decisions.atom?lang=fi&type=ab');
    expect(served.status).toBe(200);
  });
});
