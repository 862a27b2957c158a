import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { loadVoikko } from '@aloite/persistence';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from './attachments/attachments.service';
import { DEFAULT_PUBLIC_RATE_LIMIT } from './public/public-http';
import type { MetricsSettings } from './metrics/metrics-listener';
import type { SmtpSettings } from './reminders/mailer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** Finnish search's analyzer (libs/initiatives/persistence/src/lib/search/morphology.ts reads the variable). */
const SEARCH_ANALYZERS = ['auto', 'voikko', 'node'] as const;
/** `run`: the API prepares the database itself at start; `wait`: `npm run migrate` does, and the API waits. */
const MIGRATION_MODES = ['run', 'wait'] as const;
export type MigrationMode = (typeof MIGRATION_MODES)[number];

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

const PUBLIC_RATE_LIMIT_MESSAGE =
  'PUBLIC_RATE_LIMIT must be a whole number of requests a minute per address, from 1, e.g. 600';

class Environment {
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number, e.g. 3000' })
  @Min(1)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must look like postgres://user:password@host:5432/database',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_RUNTIME_URL must look like postgres://aloite_api:password@host:5432/database',
  })
  DATABASE_RUNTIME_URL?: string;

  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  @IsOptional()
  @IsIn([...MIGRATION_MODES], { message: 'MIGRATIONS must be run (the API migrates at start) or wait' })
  MIGRATIONS?: MigrationMode;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'MIGRATIONS_WAIT_SECONDS must be a whole number of seconds, e.g. 300' })
  @Min(1)
  @Max(86_400)
  MIGRATIONS_WAIT_SECONDS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'DATABASE_POOL_SIZE must be a whole number of connections, e.g. 4' })
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE?: number;

  @IsOptional()
  @IsString()
  ALOITE_DATA_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'EMBEDDED_POSTGRES_PORT must be a whole number' })
  @Min(1)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT?: number;

  @IsOptional()
  @Transform(toBool)
  @IsIn([true, false], { message: 'DEMO_DATA must be true or false' })
  DEMO_DATA?: boolean;

  @IsOptional()
  @Transform(toBool)
  @IsIn([true, false], { message: 'PUBLIC_ONLY must be true or false' })
  PUBLIC_ONLY?: boolean;

  @IsOptional()
  @IsString()
  WEB_ROOT?: string;

  @IsOptional()
  @IsString()
  SMTP_HOST?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'SMTP_PORT must be a whole number, e.g. 587' })
  @Min(1)
  @Max(65535)
  SMTP_PORT?: number;

  @IsOptional()
  @Transform(toBool)
  @IsIn([true, false], { message: 'SMTP_SECURE must be true (TLS from the start, port 465) or false' })
  SMTP_SECURE?: boolean;

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  @IsOptional()
  @Matches(/^(.+<)?[^@\s<>]+@[^@\s<>]+>?$/, {
    message: 'SMTP_FROM must be an address such as "Aloite <aloite@kajaani.fi>"',
  })
  SMTP_FROM?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'ATTACHMENT_MAX_BYTES must be a whole number of bytes, e.g. 20971520 for 20 MB' })
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  ATTACHMENT_MAX_BYTES?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: PUBLIC_RATE_LIMIT_MESSAGE })
  @Min(1, { message: PUBLIC_RATE_LIMIT_MESSAGE })
  @Max(1_000_000_000, { message: PUBLIC_RATE_LIMIT_MESSAGE })
  PUBLIC_RATE_LIMIT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'METRICS_PORT must be a whole number, e.g. 9464' })
  @Min(1)
  @Max(65535)
  METRICS_PORT?: number;

  @IsOptional()
  @IsString()
  METRICS_HOST?: string;

  @IsOptional()
  @Matches(/^[\x21-\x7e]{16,200}$/, {
    message:
      'METRICS_TOKEN must be 16 to 200 printable characters without spaces, e.g. from openssl rand -hex 32',
  })
  METRICS_TOKEN?: string;

  @IsOptional()
  @IsIn([...LOG_LEVELS], { message: `LOG_LEVEL must be one of: ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: LogLevel;

  @IsOptional()
  @IsIn([...SEARCH_ANALYZERS], {
    message: `ALOITE_SEARCH_ANALYZER must be one of: ${SEARCH_ANALYZERS.join(', ')}`,
  })
  ALOITE_SEARCH_ANALYZER?: string;
}

export const CONFIG_KEYS = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATABASE_RUNTIME_URL',
  'DATABASE_POOL_SIZE',
  'MIGRATIONS',
  'MIGRATIONS_WAIT_SECONDS',
  'ALOITE_DATA_DIR',
  'EMBEDDED_POSTGRES_PORT',
  'DEMO_DATA',
  'LOG_LEVEL',
  'TRUST_PROXY',
  'WEB_ROOT',
  'ATTACHMENT_MAX_BYTES',
  'PUBLIC_RATE_LIMIT',
  'PUBLIC_ONLY',
  'SMTP_HOST',
  'SMTP_PORT',
  'SMTP_SECURE',
  'SMTP_USER',
  'SMTP_PASSWORD',
  'SMTP_FROM',
  'ALOITE_SEARCH_ANALYZER',
  'METRICS_PORT',
  'METRICS_HOST',
  'METRICS_TOKEN',
];

export interface AppConfig {
  port: number;
  host: string;
  /** The owner of Aloite's tables: migrations run as it. */
  databaseUrl: string | null;
  /** The role the API connects as, with an external PostgreSQL; it must own nothing. */
  databaseRuntimeUrl: string | null;
  /** Connections the API keeps to PostgreSQL. */
  databasePoolSize: number;
  /** Whether the API prepares the database at start or waits for `npm run migrate` to have done it. */
  migrations: MigrationMode;
  /** How long an API in `wait` mode waits for the migrations before it gives up. */
  migrationsWaitSeconds: number;
  dataDir: string;
  embeddedPostgresPort: number;
  demoData: boolean;
  logLevel: LogLevel;
  /** Which proxies' X-Forwarded-For and X-Forwarded-Proto to believe: Fastify's `trustProxy`. */
  trustProxy: TrustProxy;
  /** The staff web app's production build, served at `/`. */
  webRoot: string;
  attachmentMaxBytes: number;
  /** Requests a minute one client address may make to the public pages, feeds and open data. */
  publicRateLimit: number;
  /** This process serves only the public pages, open data, public documents and health (see public-only.ts). */
  publicOnly: boolean;
  /** Deadline reminders are sent through this server; none configured, none sent. */
  smtp: SmtpSettings | null;
  /** Prometheus's metrics on a listener of their own; none without METRICS_PORT. */
  metrics: MetricsSettings | null;
}

export class ConfigError extends Error {}

/** Long enough for a migrate service that starts with the API to finish a long migration; short enough to notice. */
export const DEFAULT_MIGRATIONS_WAIT_SECONDS = 300;

export type TrustProxy = boolean | number | string[];

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return PROXY_NAMES.includes(entry) && rest.length === 0;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** `false` (the default: no proxy), `true` (trust every hop), a number of hops, or the proxies' addresses. */
function parseTrustProxy(value: string | undefined): TrustProxy {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  if (entries.every(isProxyAddress)) return entries;
  throw new ConfigError(
    'Configuration is not valid:\n  - TRUST_PROXY must be false, true, the number of proxies in front of Aloite ' +
      '(e.g. 1), or their addresses and CIDR ranges separated by commas (e.g. 10.0.0.5,192.168.0.0/16, or loopback)',
  );
}

/**
 * Every statement of a transition is short and runs alone, so connections beyond what the cores can serve only
 * make PostgreSQL's backends take turns: two per core (PostgreSQL's own rule of thumb) measured faster here than
 * ten on two cores, where the API and PostgreSQL share them.
 */
export function defaultPoolSize(): number {
  return 2 * availableParallelism();
}

/** Reads and checks the environment once, at start, with messages a person can act on. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const known = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => CONFIG_KEYS.includes(key) && value !== ''),
  );
  const parsed = plainToInstance(Environment, known);
  const errors = validateSync(parsed);
  if (errors.length > 0) {
    const messages = errors.flatMap((error) => Object.values(error.constraints ?? {}));
    throw new ConfigError(
      `Configuration is not valid:\n${messages.map((message) => `  - ${message}`).join('\n')}`,
    );
  }
  if (parsed.ALOITE_SEARCH_ANALYZER === 'voikko' && loadVoikko() === null) {
    throw new ConfigError(
      'Configuration is not valid:\n  - ALOITE_SEARCH_ANALYZER=voikko, but Voikko is not installed: ' +
        'apt-get install libvoikko1 voikko-fi, or leave the variable out (auto: Voikko when installed)',
    );
  }
  if (parsed.SMTP_HOST && !parsed.SMTP_FROM) {
    throw new ConfigError(
      'Configuration is not valid:\n  - SMTP_FROM is needed with SMTP_HOST: the sender of reminders',
    );
  }
  const databaseUrl = parsed.DATABASE_URL ?? null;
  if (parsed.DATABASE_RUNTIME_URL && !databaseUrl) {
    throw new ConfigError(
      'Configuration is not valid:\n  - DATABASE_RUNTIME_URL needs DATABASE_URL: the owner that runs the migrations',
    );
  }
  if (parsed.MIGRATIONS === 'wait' && !databaseUrl) {
    throw new ConfigError(
      'Configuration is not valid:\n  - MIGRATIONS=wait needs DATABASE_URL: the embedded PostgreSQL is prepared by npm start itself',
    );
  }
  const trustProxy = parseTrustProxy(parsed.TRUST_PROXY);
  return {
    port: parsed.PORT ?? 3000,
    host: parsed.HOST ?? '127.0.0.1',
    databaseUrl,
    databaseRuntimeUrl: parsed.DATABASE_RUNTIME_URL ?? null,
    databasePoolSize: parsed.DATABASE_POOL_SIZE ?? defaultPoolSize(),
    migrations: parsed.MIGRATIONS ?? 'run',
    migrationsWaitSeconds: parsed.MIGRATIONS_WAIT_SECONDS ?? DEFAULT_MIGRATIONS_WAIT_SECONDS,
    dataDir: resolve(parsed.ALOITE_DATA_DIR ?? '.data'),
    embeddedPostgresPort: parsed.EMBEDDED_POSTGRES_PORT ?? 54329,
    demoData: parsed.DEMO_DATA ?? databaseUrl === null,
    logLevel: parsed.LOG_LEVEL ?? 'info',
    trustProxy,
    webRoot: resolve(parsed.WEB_ROOT ?? 'dist/apps/web'),
    attachmentMaxBytes: parsed.ATTACHMENT_MAX_BYTES ?? DEFAULT_ATTACHMENT_MAX_BYTES,
    publicRateLimit: parsed.PUBLIC_RATE_LIMIT ?? DEFAULT_PUBLIC_RATE_LIMIT,
    publicOnly: parsed.PUBLIC_ONLY ?? false,
    smtp: parsed.SMTP_HOST
      ? {
          host: parsed.SMTP_HOST,
          port: parsed.SMTP_PORT ?? 587,
          secure: parsed.SMTP_SECURE ?? false,
          user: parsed.SMTP_USER ?? null,
          password: parsed.SMTP_PASSWORD ?? null,
          from: parsed.SMTP_FROM as string,
        }
      : null,
    metrics: parsed.METRICS_PORT
      ? {
          port: parsed.METRICS_PORT,
          host: parsed.METRICS_HOST ?? '127.0.0.1',
          token: parsed.METRICS_TOKEN ?? null,
        }
      : null,
  };
}
