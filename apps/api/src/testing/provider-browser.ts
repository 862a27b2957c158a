import type { TestApp } from './test-app';

/**
 * A browser's part in an OpenID Connect sign-in, without drawing pages: it follows the redirects from the API's
 * start to the provider's login, signs in there as `sub` (the test provider's login page takes it in the query),
 * and stops at the API's callback, which the test then calls (once, or twice for a replay).
 */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly api: TestApp) {}

  /** The provider's authorization URL that the API's start redirects to. */
  async start(municipalityId = this.api.demo.municipalityId): Promise<URL> {
    const response = await fetch(`${this.api.baseUrl}/api/auth/oidc/start?municipality=${municipalityId}`, {
      redirect: 'manual',
    });
    const location = response.headers.get('location') ?? '';
    if (response.status !== 302 || location.startsWith('/')) throw new Error(`start answered ${location}`);
    return new URL(location);
  }

  /** From the authorization URL to the callback URL the provider sends the browser back to. */
  async atProvider(authorization: URL, sub: string): Promise<URL> {
    let next = authorization;
    for (let hop = 0; hop < 10; hop++) {
      if (next.href.startsWith(`${this.api.baseUrl}/api/auth/oidc/callback`)) return next;
      if (next.pathname.startsWith('/interaction/')) next.searchParams.set('sub', sub);
      const response = await fetch(next, { redirect: 'manual', headers: { cookie: this.cookieHeader() } });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        const at = pair.indexOf('=');
        this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`the provider answered ${response.status}: ${await response.text()}`);
      next = new URL(location, next);
    }
    throw new Error('too many redirects at the provider');
  }

  /** The API's answer to the provider's redirect: where it sends the browser, and the session cookie if any. */
  async callback(url: URL): Promise<{ location: string; session: string | null }> {
    const response = await fetch(url, { redirect: 'manual' });
    const cookie = response.headers.get('set-cookie') ?? '';
    const session = /aloite_session=([^;]+)/.exec(cookie)?.[1] ?? null;
    return { location: response.headers.get('location') ?? '', session };
  }

  async signIn(sub: string, municipalityId?: string): Promise<{ location: string; session: string | null }> {
    return this.callback(await this.atProvider(await this.start(municipalityId), sub));
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}
