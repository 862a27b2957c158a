import { Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { ROLES, type Role } from '@aloite/domain';
import { ProviderAccounts, SignInSettingsStore, type ProviderClient } from '@aloite/persistence';
import { AppError } from '../../http/app-error';
import { Clock } from '../../clock';
import { SESSION_HOURS, userView, type SignedIn } from '../auth.service';
import { hashToken, newSessionToken } from '../passwords';
import { OidcProviders } from './oidc-providers';

/** Long enough to sign in at the provider, short enough that a leaked state is soon worthless. */
const ATTEMPT_MINUTES = 10;
/** offline_access: the refresh token the session is checked again with (PROVIDER_RECHECK_MS). */
const SCOPE = 'openid profile email offline_access';

function tokenFaultOf(error: unknown): AppError {
  if (error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError) {
    return new AppError('OIDC_PROVIDER_REFUSED', `The sign-in provider refused: ${error.error}.`);
  }
  if (error instanceof TypeError || (error instanceof Error && error.name === 'TimeoutError')) {
    return new AppError('OIDC_PROVIDER_UNREACHABLE', 'The sign-in provider did not answer.');
  }
  return new AppError(
    'OIDC_ID_TOKEN_INVALID',
    `The provider's answer was not accepted: ${error instanceof Error ? error.message : String(error)}`,
  );
}

/** The roles and bodies the account's groups give, by the municipality's mapping. */
function rolesOfGroups(provider: ProviderClient, claims: oidc.IDToken): { roles: Role[]; bodyIds: string[] } {
  const claimed = claims[provider.groupsClaim];
  const groups = new Set(Array.isArray(claimed) ? claimed.filter((group) => typeof group === 'string') : []);
  const mapped = provider.groupMappings.filter((mapping) => groups.has(mapping.group));
  const roles = new Set(mapped.flatMap((mapping) => mapping.roles));
  return {
    roles: ROLES.filter((role) => roles.has(role)),
    bodyIds: [...new Set(mapped.flatMap((mapping) => mapping.bodyIds))],
  };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A readable name for a new account; the account itself is found by issuer and subject, never by it. */
function usernameOf(claims: oidc.IDToken): string {
  const name = text(claims['preferred_username']) ?? text(claims['email']) ?? claims.sub;
  return name
    .toLowerCase()
    .replace(/[^a-z0-9._-]/g, '.')
    .slice(0, 100);
}

/** Sign-in through a municipality's OpenID Connect provider: authorization code with PKCE, state and nonce. */
@Injectable()
export class OidcSignIn {
  constructor(
    private readonly providers: OidcProviders,
    private readonly settings: SignInSettingsStore,
    private readonly accounts: ProviderAccounts,
    private readonly clock: Clock,
  ) {}

  /** Where to send the browser; the state, nonce and PKCE verifier stay here, for one use. */
  async start(municipalityId: string, redirectUri: string): Promise<URL> {
    const { configuration } = await this.providers.of(municipalityId);
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const now = this.clock.now();
    const saved = await this.settings.saveAttempt(
      hashToken(state),
      { municipalityId, nonce, codeVerifier },
      now,
      new Date(now.getTime() + ATTEMPT_MINUTES * 60_000),
    );
    if (!saved) throw new AppError('SERVER_BUSY', 'Too many sign-ins are under way; try again in a moment.');
    return oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: SCOPE,
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** The provider's answer at `callbackUrl`: a session for the account it vouches for, or a refusal. */
  async finish(callbackUrl: URL): Promise<SignedIn> {
    const state = callbackUrl.searchParams.get('state');
    const attempt = state ? await this.settings.takeAttempt(hashToken(state), this.clock.now()) : null;
    if (!state || !attempt) {
      throw new AppError(
        'OIDC_STATE_INVALID',
        'This sign-in was not started here, was used already or expired.',
      );
    }
    const { provider, configuration } = await this.providers.of(attempt.municipalityId);
    const tokens = await oidc
      .authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      })
      .catch((error: unknown) => {
        throw tokenFaultOf(error);
      });
    const claims = tokens.claims() as oidc.IDToken;
    const { roles, bodyIds } = rolesOfGroups(provider, claims);
    if (roles.length === 0)
      throw new AppError('OIDC_NO_ROLE', 'None of the account’s groups gives a role here.');
    if (!tokens.refresh_token) {
      throw new AppError(
        'OIDC_PROVIDER_REFUSED',
        'The provider gave no refresh token (scope offline_access).',
      );
    }
    const displayName = text(claims['name']) ?? text(claims['preferred_username']) ?? claims.sub;
    const email = text(claims['email']);
    const signedIn = await this.accounts.signIn(
      attempt.municipalityId,
      {
        issuer: claims.iss,
        subject: claims.sub,
        username: usernameOf(claims),
        displayName: displayName.slice(0, 200),
        email: email && email.length <= 320 ? email : null,
      },
      roles,
      bodyIds,
    );
    if ('refused' in signedIn) {
      throw new AppError('OIDC_ACCOUNT_REFUSED', `The account is not in use here (${signedIn.refused}).`);
    }
    const now = this.clock.now();
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
    await this.accounts.createSession(
      signedIn.account,
      hashToken(token),
      expiresAt,
      tokens.refresh_token,
      now,
    );
    return { token, expiresAt, user: userView(signedIn.account) };
  }
}
