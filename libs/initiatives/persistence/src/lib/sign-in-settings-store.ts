import type { Role } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { pooledSql, prepared } from './sql';

/** Members of `group` (a value of the ID token's groups claim) get these roles and serve these bodies. */
export interface GroupMapping {
  group: string;
  roles: Role[];
  bodyIds: string[];
}

/** A municipality's OpenID Connect provider, as an administrator may read it: never its client secret. */
export interface ProviderSettings {
  issuer: string;
  clientId: string;
  groupsClaim: string;
  groupMappings: GroupMapping[];
}

export interface SignInSettings {
  passwordsAllowed: boolean;
  provider: ProviderSettings | null;
}

/** What the server itself needs to talk to the provider. */
export interface ProviderClient extends ProviderSettings {
  clientSecret: string;
}

/** A change: `clientSecret` left out keeps the stored one (an administrator never sees it to send it back). */
export interface SignInSettingsChange {
  passwordsAllowed: boolean;
  provider: (ProviderSettings & { clientSecret?: string }) | null;
}

export interface SignInAttempt {
  municipalityId: string;
  nonce: string;
  codeVerifier: string;
}

interface SettingsRow {
  passwordsAllowed: boolean;
  issuer: string | null;
  clientId: string | null;
  clientSecret: string | null;
  groupsClaim: string;
  groupMappings: GroupMapping[];
}

const FIND_SETTINGS = prepared<SettingsRow>(`
  SELECT passwords_allowed AS "passwordsAllowed", issuer, client_id AS "clientId", client_secret AS "clientSecret",
    groups_claim AS "groupsClaim", group_mappings AS "groupMappings"
  FROM municipality_sign_in WHERE municipality_id = :municipalityId`);
/** A provider without a new secret keeps the stored one, but only while the issuer and client stay the same. */
const SAVE_SETTINGS = prepared<{ saved: boolean }>(`
  INSERT INTO municipality_sign_in AS s
    (municipality_id, passwords_allowed, issuer, client_id, client_secret, groups_claim, group_mappings)
  SELECT :municipalityId, :passwordsAllowed, :issuer, :clientId,
    coalesce(:clientSecret, (SELECT o.client_secret FROM municipality_sign_in o
      WHERE o.municipality_id = :municipalityId AND o.issuer = :issuer AND o.client_id = :clientId)),
    :groupsClaim, :groupMappings::jsonb
  ON CONFLICT (municipality_id) DO UPDATE SET passwords_allowed = excluded.passwords_allowed,
    issuer = excluded.issuer, client_id = excluded.client_id, client_secret = excluded.client_secret,
    groups_claim = excluded.groups_claim, group_mappings = excluded.group_mappings, updated_at = now()
  RETURNING true AS saved`);
/**
 * Anyone may begin a sign-in, so the attempts a municipality has pending are bounded: a flood of starts cannot
 * fill the table, and ten thousand people signing in within ten minutes is more than any municipality has staff.
 */
export const MAX_PENDING_ATTEMPTS = 10_000;
const SAVE_ATTEMPT = prepared<{ saved: boolean }>(`
  INSERT INTO oidc_sign_in_attempt (state_hash, municipality_id, nonce, code_verifier, expires_at)
  SELECT :stateHash, :municipalityId, :nonce, :codeVerifier, :expiresAt
  WHERE (SELECT count(*) FROM oidc_sign_in_attempt WHERE municipality_id = :municipalityId) < ${MAX_PENDING_ATTEMPTS}
  RETURNING true AS saved`);
/** One use: the attempt is gone once taken, whether the sign-in then succeeds or not. */
const TAKE_ATTEMPT = prepared<SignInAttempt & { expiresAt: Date }>(`
  DELETE FROM oidc_sign_in_attempt WHERE state_hash = :stateHash
  RETURNING municipality_id AS "municipalityId", nonce, code_verifier AS "codeVerifier", expires_at AS "expiresAt"`);
/** The municipality named by id or address name, or without either the only one (a deployment of one). */
const MUNICIPALITY = prepared<{ id: string }>(`
  SELECT m.id FROM municipality m
  WHERE m.id = :id::uuid OR m.slug = :slug
     OR (:id::uuid IS NULL AND :slug::text IS NULL AND (SELECT count(*) FROM municipality) = 1)`);
const FORGET_ENDED_ATTEMPTS = prepared(`DELETE FROM oidc_sign_in_attempt WHERE expires_at <= :now`);

/** How each municipality signs its staff in: local passwords, its OpenID Connect provider, or both. */
export class SignInSettingsStore {
  constructor(private readonly db: DataSource) {}

  async settings(municipalityId: string): Promise<SignInSettings> {
    const row = await this.row(municipalityId);
    if (!row) return { passwordsAllowed: true, provider: null };
    const { issuer, clientId, groupsClaim, groupMappings } = row;
    return {
      passwordsAllowed: row.passwordsAllowed,
      provider: issuer && clientId ? { issuer, clientId, groupsClaim, groupMappings } : null,
    };
  }

  /** The provider with its secret, for the server's own requests to it; null when none is configured. */
  async providerClient(municipalityId: string): Promise<ProviderClient | null> {
    const row = await this.row(municipalityId);
    if (!row?.issuer || !row.clientId || !row.clientSecret) return null;
    const { issuer, clientId, clientSecret, groupsClaim, groupMappings } = row;
    return { issuer, clientId, clientSecret, groupsClaim, groupMappings };
  }

  /** False when a provider without a secret of its own was given (a new issuer or client needs one). */
  async save(municipalityId: string, change: SignInSettingsChange): Promise<boolean> {
    const provider = change.provider;
    try {
      await pooledSql(this.db).rows(SAVE_SETTINGS, {
        municipalityId,
        passwordsAllowed: change.passwordsAllowed,
        issuer: provider?.issuer ?? null,
        clientId: provider?.clientId ?? null,
        clientSecret: provider?.clientSecret ?? null,
        groupsClaim: provider?.groupsClaim ?? 'groups',
        groupMappings: JSON.stringify(provider?.groupMappings ?? []),
      });
      return true;
    } catch (error) {
      // municipality_sign_in_provider_check: an issuer and client without any secret.
      if ((error as { code?: string }).code === '23514') return false;
      throw error;
    }
  }

  async municipality(name: { id: string } | { slug: string } | null): Promise<string | null> {
    const id = name && 'id' in name ? name.id : null;
    const slug = name && 'slug' in name ? name.slug : null;
    const [found] = await pooledSql(this.db).rows(MUNICIPALITY, { id, slug });
    return found?.id ?? null;
  }

  /** False, with nothing saved, while the municipality has MAX_PENDING_ATTEMPTS pending. */
  async saveAttempt(stateHash: string, attempt: SignInAttempt, now: Date, expiresAt: Date): Promise<boolean> {
    const sql = pooledSql(this.db);
    await sql.rows(FORGET_ENDED_ATTEMPTS, { now });
    const [saved] = await sql.rows(SAVE_ATTEMPT, { stateHash, ...attempt, expiresAt });
    return saved !== undefined;
  }

  /** The attempt this state began, once, if it has not expired by `now`. */
  async takeAttempt(stateHash: string, now: Date): Promise<SignInAttempt | null> {
    const [attempt] = await pooledSql(this.db).rows(TAKE_ATTEMPT, { stateHash });
    if (!attempt || attempt.expiresAt.getTime() <= now.getTime()) return null;
    const { expiresAt: _expired, ...rest } = attempt;
    return rest;
  }

  private async row(municipalityId: string): Promise<SettingsRow | null> {
    const [row] = await pooledSql(this.db).rows(FIND_SETTINGS, { municipalityId });
    return row ?? null;
  }
}
