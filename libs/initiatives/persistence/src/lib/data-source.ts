import { Client, types, type ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import { InitialSchema1763798400000 } from '../migrations/1763798400000-initial-schema';
import { Accounts1763884800000 } from '../migrations/1763884800000-accounts';
import { Attachments1764057600000 } from '../migrations/1764057600000-attachments';
import { OneUsernameKeyAndAtomicSignInThrottle1764403200000 } from '../migrations/1764403200000-one-username-key-and-atomic-sign-in-throttle';
import { ListFiltersOnTheRow1764230400000 } from '../migrations/1764230400000-list-filters-on-the-row';
import { Reminders1764144000000 } from '../migrations/1764144000000-reminders';
import { SearchVectorOffTheWritePath1763971200000 } from '../migrations/1763971200000-search-vector-off-the-write-path';
import { WritePathWithoutSharedRowLocks1764316800000 } from '../migrations/1764316800000-write-path-without-shared-row-locks';
import { BoundedInitiativesAndStreamedDocuments1764489600000 } from '../migrations/1764489600000-bounded-initiatives-and-streamed-documents';
import { OfficeHoldersAndMeasures1764748800000 } from '../migrations/1764748800000-office-holders-and-measures';
import { RulePacksAsData1764835200000 } from '../migrations/1764835200000-rule-packs-as-data';
import { MeetingsAndAgendas1764576000000 } from '../migrations/1764576000000-meetings-and-agendas';
import { CorrectionsAndLinks1764662400000 } from '../migrations/1764662400000-corrections-and-links';
import { ExactMatchesInSearch1764928800000 } from '../migrations/1764928800000-exact-matches-in-search';
import { DocumentsText1765008000000 } from '../migrations/1765008000000-documents-text';
import { FinnishLemmas1765094400000 } from '../migrations/1765094400000-finnish-lemmas';
import { PreparerNamesInSearch1765180800000 } from '../migrations/1765180800000-preparer-names-in-search';
import { DiaryNumbersByRunningNumber1765267200000 } from '../migrations/1765267200000-diary-numbers-by-running-number';
import { AnnualListDecisionsIndex1765270800000 } from '../migrations/1765270800000-annual-list-decisions-index';
import { AccountsPerMunicipality1765357200000 } from '../migrations/1765357200000-accounts-per-municipality';
import { AdminChangeLog1765360800000 } from '../migrations/1765360800000-admin-change-log';
import { OpenidConnectSignIn1765364400000 } from '../migrations/1765364400000-openid-connect-sign-in';

// Calendar dates stay `YYYY-MM-DD` strings: a JavaScript Date would shift them across time zones.
types.setTypeParser(types.builtins.DATE, (value) => value);

// Listed one by one: a glob finds nothing inside a bundle.
export const MIGRATIONS = [
  InitialSchema1763798400000,
  Accounts1763884800000,
  SearchVectorOffTheWritePath1763971200000,
  Attachments1764057600000,
  Reminders1764144000000,
  ListFiltersOnTheRow1764230400000,
  WritePathWithoutSharedRowLocks1764316800000,
  OneUsernameKeyAndAtomicSignInThrottle1764403200000,
  BoundedInitiativesAndStreamedDocuments1764489600000,
  MeetingsAndAgendas1764576000000,
  CorrectionsAndLinks1764662400000,
  OfficeHoldersAndMeasures1764748800000,
  RulePacksAsData1764835200000,
  ExactMatchesInSearch1764928800000,
  DocumentsText1765008000000,
  FinnishLemmas1765094400000,
  PreparerNamesInSearch1765180800000,
  DiaryNumbersByRunningNumber1765267200000,
  AnnualListDecisionsIndex1765270800000,
  AccountsPerMunicipality1765357200000,
  AdminChangeLog1765360800000,
  OpenidConnectSignIn1765364400000,
];

export interface DatabaseOptions {
  url: string;
  /** Pool size; the API's default suits a 2-core machine. */
  poolSize?: number;
  applicationName?: string;
  /**
   * The longest a query may go unanswered before it fails on this side. A server that hangs (stopped, not down)
   * keeps every socket open and answers nothing: without this, requests would wait for it forever.
   */
  queryTimeoutMs?: number;
}

/**
 * Listens from its birth: the pool's `connect` event comes too late for the clients TypeORM opens while it
 * initialises, and one of those, checked out when PostgreSQL was killed, threw and took the API down.
 */
class ClientSurvivingRestarts extends Client {
  constructor(config?: ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    applicationName: options.applicationName ?? 'aloite',
    poolSize: options.poolSize ?? 10,
    // node-postgres emits `error` on the pool for idle clients when the server goes away (a restart, an admin
    // shutdown, a kill): the next query finds out and fails on its own, so there is nothing to log twice.
    poolErrorHandler: () => undefined,
    extra: {
      // Fail fast instead of hanging while the database is unreachable.
      connectionTimeoutMillis: 3_000,
      statement_timeout: 15_000,
      keepAlive: true,
      Client: ClientSurvivingRestarts,
      ...(options.queryTimeoutMs ? { query_timeout: options.queryTimeoutMs } : {}),
    },
  });
}

export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  return dataSource;
}

export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
