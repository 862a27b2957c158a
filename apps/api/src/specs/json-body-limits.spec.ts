import { startTestApp, type TestApp } from '../testing/test-app';

const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('JSON bodies are bounded before anything is built from them', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const login = (body: string) => api.anonymous('POST', '/api/auth/login', body);

  it('refuses JSON nested deeper than 32 levels with 400 problem+json, on sign-in and everywhere', async () => {
    const deepLogin = await login(`{"username":${nestedArrays(2_000)},"password":"x"}`);
    expect(deepLogin.status).toBe(400);
    expect(deepLogin.headers.get('content-type')).toMatch(/problem\+json/);
    expect(deepLogin.body.code).toBe('BODY_TOO_COMPLEX');
    for (const type of ['application/json', 'application/problem+json']) {
      const deep = await api.request('POST', '/api/initiatives', `{"title":${nestedObjects(6_000)}}`, {
        'content-type': type,
      });
      expect(deep.status).toBe(400);
      expect(deep.body.code).toBe('BODY_TOO_COMPLEX');
    }
    // Thirty-two levels are still read, and then judged by the validators.
    const deepest = await api.request('POST', '/api/initiatives', `{"title":${nestedObjects(31)}}`);
    expect(deepest.status).toBe(400);
    expect(deepest.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses the 6,000-level sign-in of the audit with a 4xx, not a 500', async () => {
    const deep = await login(`{"username":${nestedObjects(6_000)},"password":"x"}`);
    expect(deep.status).toBe(413);
    expect(deep.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a 1.2 MB sign-in of 100,000 objects by its size, and such a body elsewhere by its key count', async () => {
    const junk = Array.from({ length: 100_000 }, () => ({ key: 1 }));
    const large = await login(JSON.stringify({ username: 'x', password: 'y', junk }));
    expect(large.status).toBe(413);
    expect(large.body.code).toBe('PAYLOAD_TOO_LARGE');
    const manyKeys = await api.request('POST', '/api/initiatives', { title: 'x', junk });
    expect(manyKeys.status).toBe(400);
    expect(manyKeys.body.code).toBe('BODY_TOO_COMPLEX');
    const manyLoginKeys = await login(
      JSON.stringify({ username: 'x', password: 'y', junk: junk.slice(0, 20) }),
    );
    expect(manyLoginKeys.status).toBe(400);
    expect(manyLoginKeys.body.code).toBe('BODY_TOO_COMPLEX');
  });

  it('still refuses prototype keys, and text that is not JSON', async () => {
    for (const body of [
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{"admin":true}}}',
      '{"a":',
    ]) {
      const refused = await api.request('POST', '/api/initiatives', body);
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    }
    const braceInString = await api.request('POST', '/api/initiatives', `{"title":"${'['.repeat(100)}\\"{"}`);
    expect(braceInString.body.code).toBe('VALIDATION_FAILED');
  });
});
