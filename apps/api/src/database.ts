import { join } from 'node:path';
import { migrate, openDatabase, startEmbeddedPostgres, type RunningPostgres } from '@aloite/persistence';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';

export interface Database {
  dataSource: DataSource;
  appliedMigrations: string[];
  close(): Promise<void>;
}

/** The configured PostgreSQL, or the embedded one in the data folder; migrated to the latest schema. */
export async function startDatabase(config: AppConfig, say: (message: string) => void): Promise<Database> {
  let embedded: RunningPostgres | null = null;
  let url = config.databaseUrl;
  if (!url) {
    const dataDir = join(config.dataDir, 'postgres');
    say(`Starting embedded PostgreSQL (data in ${dataDir}, port ${config.embeddedPostgresPort}) …`);
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: config.embeddedPostgresPort,
      database: 'aloite',
    });
    url = embedded.url;
  }
  try {
    const dataSource = await openDatabase({ url, poolSize: config.databasePoolSize });
    const appliedMigrations = await migrate(dataSource);
    return {
      dataSource,
      appliedMigrations,
      async close() {
        await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
