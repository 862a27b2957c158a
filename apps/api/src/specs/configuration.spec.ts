import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { CONFIG_KEYS, ConfigError, loadConfig } from '../config';
import { apiProcessesFrom } from '../supervision';

describe('configuration', () => {
  it('defaults to the embedded PostgreSQL with demo data on port 3000', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      databaseRuntimeUrl: null,
      databasePoolSize: 2 * availableParallelism(),
      migrations: 'run',
      migrationsWaitSeconds: 300,
      dataDir: resolve('.data'),
      embeddedPostgresPort: 54329,
      demoData: true,
      logLevel: 'info',
      trustProxy: false,
      webRoot: resolve('dist/apps/web'),
      attachmentMaxBytes: 20 * 1024 * 1024,
      publicRateLimit: 600,
      publicOnly: false,
      smtp: null,
      metrics: null,
    });
  });

  it('opens metrics only on a METRICS_PORT, on this machine unless told, with a token of some length', () => {
    expect(loadConfig({ METRICS_PORT: '9464' }).metrics).toEqual({
      port: 9464,
      host: '127.0.0.1',
      token: null,
    });
    const token = 'a'.repeat(32);
    expect(
      loadConfig({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0', METRICS_TOKEN: token }).metrics,
    ).toEqual({
      port: 9464,
      host: '0.0.0.0',
      token,
    });
    expect(loadConfig({ METRICS_HOST: '0.0.0.0', METRICS_TOKEN: token }).metrics).toBeNull();
    expect(() => loadConfig({ METRICS_PORT: 'x' })).toThrow('METRICS_PORT must be a whole number');
    for (const weak of ['short', 'with a space in it 12345'])
      expect(() => loadConfig({ METRICS_PORT: '9464', METRICS_TOKEN: weak })).toThrow(
        'METRICS_TOKEN must be',
      );
  });

  it('takes the public pages’ limit per address as a whole number of requests a minute', () => {
    expect(loadConfig({ PUBLIC_RATE_LIMIT: '100000' }).publicRateLimit).toBe(100_000);
    for (const value of ['0', '-5', 'many', '1.5']) {
      expect(() => loadConfig({ PUBLIC_RATE_LIMIT: value })).toThrow('PUBLIC_RATE_LIMIT must be');
    }
  });

  it('makes a process serve only the public side when asked, with true or false', () => {
    expect(loadConfig({ PUBLIC_ONLY: 'true' }).publicOnly).toBe(true);
    expect(loadConfig({ PUBLIC_ONLY: 'false' }).publicOnly).toBe(false);
    expect(() => loadConfig({ PUBLIC_ONLY: 'yes' })).toThrow('PUBLIC_ONLY must be true or false');
  });

  it('uses an external database without demo data unless asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://a:b@db:5432/aloite', PORT: '8080' });
    expect(config).toEqual(
      expect.objectContaining({ databaseUrl: 'postgres://a:b@db:5432/aloite', port: 8080, demoData: false }),
    );
    expect(loadConfig({ DATABASE_URL: 'postgres://a:b@db/aloite', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('takes the API’s own database role beside the owner, and never without the owner', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://aloite:owner@db/aloite',
      DATABASE_RUNTIME_URL: 'postgres://aloite_api:runtime@db/aloite',
    });
    expect(config.databaseRuntimeUrl).toBe('postgres://aloite_api:runtime@db/aloite');
    expect(() => loadConfig({ DATABASE_RUNTIME_URL: 'postgres://aloite_api:runtime@db/aloite' })).toThrow(
      'DATABASE_RUNTIME_URL needs DATABASE_URL',
    );
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://a:b@db/aloite', DATABASE_RUNTIME_URL: 'db.example.fi' }),
    ).toThrow('DATABASE_RUNTIME_URL must look like postgres://');
  });

  it('trusts no proxy unless told: every hop, a number of hops, or the proxies’ addresses', () => {
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,::1,fd00::/8,loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    for (const wrong of ['yes', '10.0.0.0/33', '300.1.1.1', 'proxy.example.fi', '10.0.0.1/8/2', '-1']) {
      expect(() => loadConfig({ TRUST_PROXY: wrong })).toThrow(
        /TRUST_PROXY must be false, true, the number of proxies in front of Aloite/,
      );
    }
  });

  it('takes the number of database connections, a whole number from 1 on', () => {
    expect(loadConfig({ DATABASE_POOL_SIZE: '12' }).databasePoolSize).toBe(12);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(
      'DATABASE_POOL_SIZE must not be less than 1',
    );
    expect(() => loadConfig({ DATABASE_POOL_SIZE: 'many' })).toThrow(
      'DATABASE_POOL_SIZE must be a whole number of connections, e.g. 4',
    );
  });

  it('lists every problem at once, in words a person can act on', () => {
    expect(() => loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT must not be greater than 65535');
      expect(message).toContain('DATABASE_URL must look like postgres://user:password@host:5432/database');
      expect(message).toContain('LOG_LEVEL must be one of: fatal, error, warn, info, debug, silent');
    }
  });

  it('reads the SMTP server for reminders, and wants a sender with it', () => {
    expect(
      loadConfig({
        SMTP_HOST: 'smtp.kajaani.fi',
        SMTP_FROM: 'Aloite <aloite@kajaani.fi>',
        SMTP_PORT: '465',
        SMTP_SECURE: 'true',
      }).smtp,
    ).toEqual({
      host: 'smtp.kajaani.fi',
      port: 465,
      secure: true,
      user: null,
      password: null,
      from: 'Aloite <aloite@kajaani.fi>',
    });
    expect(() => loadConfig({ SMTP_HOST: 'smtp.kajaani.fi' })).toThrow(/SMTP_FROM is needed with SMTP_HOST/);
  });

  it('lets the API wait for `npm run migrate` only on an external database, for a bounded time', () => {
    const external = { DATABASE_URL: 'postgres://a:b@db/aloite' };
    expect(loadConfig({ ...external, MIGRATIONS: 'wait', MIGRATIONS_WAIT_SECONDS: '60' })).toEqual(
      expect.objectContaining({ migrations: 'wait', migrationsWaitSeconds: 60 }),
    );
    expect(() => loadConfig({ ...external, MIGRATIONS: 'skip' })).toThrow('MIGRATIONS must be run');
    expect(() => loadConfig({ ...external, MIGRATIONS_WAIT_SECONDS: '0' })).toThrow();
    expect(() => loadConfig({ MIGRATIONS: 'wait' })).toThrow('MIGRATIONS=wait needs DATABASE_URL');
  });

  it('takes the search analyzer by name, refusing any other', () => {
    expect(() => loadConfig({ ALOITE_SEARCH_ANALYZER: 'node' })).not.toThrow();
    expect(() => loadConfig({ ALOITE_SEARCH_ANALYZER: 'snowball' })).toThrow(
      'ALOITE_SEARCH_ANALYZER must be one of: auto, voikko, node',
    );
  });

  it('takes API_PROCESSES as 1 to 32 processes, 1 unless set, refusing anything else by name', () => {
    expect(apiProcessesFrom({})).toBe(1);
    expect(apiProcessesFrom({ API_PROCESSES: '3' })).toBe(3);
    for (const value of ['0', '33', 'three', '-1', '2.5', ' 2']) {
      expect(() => apiProcessesFrom({ API_PROCESSES: value })).toThrow(
        `API_PROCESSES must be a whole number of API processes from 1 to 32, e.g. 3 (it is "${value}")`,
      );
    }
  });

  it('names the same settings in docker-compose.yml and .env.example', () => {
    const root = join(__dirname, '..', '..', '..', '..');
    const compose = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
    const apiEnvironment = compose.slice(compose.indexOf('  api:'));
    const names = [...apiEnvironment.matchAll(/^ {6}([A-Z_]+):/gm)].map((match) => match[1]);
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(CONFIG_KEYS).toContain(name);
    const example = readFileSync(join(root, '.env.example'), 'utf8');
    for (const key of CONFIG_KEYS) expect(example).toContain(`${key}=`);
  });
});
