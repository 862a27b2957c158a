import type { DataSource } from 'typeorm';
import { pooledSql, prepared } from './sql';

const PING = prepared('SELECT 1');

/** Whether the database answers: for the health check. */
export class DatabaseProbe {
  constructor(private readonly db: DataSource) {}

  /** Resolves when the database answered a trivial statement; rejects as the statement would. */
  async ping(): Promise<void> {
    await pooledSql(this.db).rows(PING, {});
  }
}
