import { Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { ProviderAccounts, SignInSettingsStore, type ProviderClient } from '@aloite/persistence';
import { AppError } from '../../http/app-error';
import { Clock } from '../../clock';

/**
 * How often a session signed in through a provider is checked against it again: a refresh-token grant, which
 * the provider refuses once the account is removed or disabled there (Entra ID, Keycloak and oidc-provider all
 * do). A refusal ends every session of the account.
 */
export const PROVIDER_RECHECK_MS = 5 * 60_000;
/** Discovery documents and keys are fetched again after this long, so a provider's key rotation is seen. */
const DISCOVERY_TTL_MS = 10 * 60_000;
const PROVIDER_TIMEOUT_S = 10;

/** Plain HTTP only to a provider on this machine (development and the tests); anywhere else HTTPS. */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

interface Discovered {
  key: string;
  at: number;
  configuration: Promise<oidc.Configuration>;
}

/** Each municipality's provider as `openid-client` sees it, discovered once a while. */
@Injectable()
export class OidcProviders {
  private readonly discovered = new Map<string, Discovered>();

  constructor(
    private readonly settings: SignInSettingsStore,
    private readonly accounts: ProviderAccounts,
    private readonly clock: Clock,
  ) {}

  /** The provider and its client configuration, or OIDC_NOT_CONFIGURED / OIDC_PROVIDER_UNREACHABLE. */
  async of(municipalityId: string): Promise<{ provider: ProviderClient; configuration: oidc.Configuration }> {
    const provider = await this.settings.providerClient(municipalityId);
    if (!provider) throw new AppError('OIDC_NOT_CONFIGURED', 'The municipality has no sign-in provider.');
    const key = JSON.stringify([provider.issuer, provider.clientId, provider.clientSecret]);
    let entry = this.discovered.get(municipalityId);
    if (!entry || entry.key !== key || performance.now() - entry.at > DISCOVERY_TTL_MS) {
      entry = { key, at: performance.now(), configuration: this.discover(provider) };
      this.discovered.set(municipalityId, entry);
    }
    try {
      return { provider, configuration: await entry.configuration };
    } catch (error) {
      this.discovered.delete(municipalityId);
      throw new AppError(
        'OIDC_PROVIDER_UNREACHABLE',
        `The sign-in provider did not answer: ${String(error)}`,
      );
    }
  }

  /**
   * Whether the provider still vouches for the session's account, asked at most every PROVIDER_RECHECK_MS.
   * False ends the account's sessions. A provider that cannot be reached keeps the session until it answers.
   */
  async stillVouches(tokenHash: string, municipalityId: string, checkedAt: Date | null): Promise<boolean> {
    const now = this.clock.now();
    if (!checkedAt || now.getTime() - checkedAt.getTime() < PROVIDER_RECHECK_MS) return true;
    const session = await this.accounts.claimCheck(
      tokenHash,
      now,
      new Date(now.getTime() - PROVIDER_RECHECK_MS),
    );
    // Another request is asking the provider already; until it answers, the last answer stands.
    if (!session) return true;
    let configuration: oidc.Configuration;
    try {
      configuration = (await this.of(municipalityId)).configuration;
    } catch (error) {
      // No provider any more: nobody vouches for the account.
      if (error instanceof AppError && error.code === 'OIDC_NOT_CONFIGURED')
        return this.refused(session.userId);
      return true;
    }
    try {
      const tokens = await oidc.refreshTokenGrant(configuration, session.refreshToken);
      await this.accounts.providerAnswered(tokenHash, tokens.refresh_token ?? null, now);
      return true;
    } catch (error) {
      if (error instanceof oidc.ResponseBodyError) return this.refused(session.userId);
      return true;
    }
  }

  private async refused(userId: string): Promise<false> {
    await this.accounts.endSessionsOf(userId);
    return false;
  }

  private discover(provider: ProviderClient): Promise<oidc.Configuration> {
    const issuer = new URL(provider.issuer);
    return oidc.discovery(issuer, provider.clientId, provider.clientSecret, undefined, {
      // openid-client trusts an ID token from the token endpoint by TLS alone; its signature is checked too.
      execute: [
        oidc.enableNonRepudiationChecks,
        ...(isLoopbackHttp(issuer) ? [oidc.allowInsecureRequests] : []),
      ],
      timeout: PROVIDER_TIMEOUT_S,
    });
  }
}
