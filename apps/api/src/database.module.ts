import { Module, type DynamicModule, type FactoryProvider } from '@nestjs/common';
import {
  AccountStore,
  AdminLogStore,
  AgendaStore,
  AttachmentStore,
  BodyStore,
  DatabaseProbe,
  InitiativeReports,
  InitiativeStore,
  LinkStore,
  MeetingStore,
  MunicipalityStore,
  OparlIndex,
  ProviderAccounts,
  RulePackStore,
  ReminderStore,
  ScheduledJobs,
  SignInSettingsStore,
  SignInThrottle,
} from '@aloite/persistence';
import { DataSource } from 'typeorm';
import { WINDOW_MS } from './auth/auth.service';

type Store = abstract new (...args: never[]) => unknown;

function madeOnce<T extends Store>(store: T, make: (db: DataSource) => InstanceType<T>): FactoryProvider {
  return { provide: store, useFactory: make, inject: [DataSource] };
}

/**
 * Every store of the process, each made once here and injected wherever it is needed: one remembered-versions
 * cache, one sign-in throttle. Nothing outside this module and `database.ts` sees the data source.
 */
const STORES = [
  madeOnce(InitiativeStore, (db) => new InitiativeStore(db)),
  madeOnce(InitiativeReports, (db) => new InitiativeReports(db)),
  madeOnce(AttachmentStore, (db) => new AttachmentStore(db)),
  madeOnce(BodyStore, (db) => new BodyStore(db)),
  madeOnce(MeetingStore, (db) => new MeetingStore(db)),
  madeOnce(AgendaStore, (db) => new AgendaStore(db)),
  madeOnce(OparlIndex, (db) => new OparlIndex(db)),
  madeOnce(LinkStore, (db) => new LinkStore(db)),
  madeOnce(MunicipalityStore, (db) => new MunicipalityStore(db)),
  madeOnce(RulePackStore, (db) => new RulePackStore(db)),
  madeOnce(AccountStore, (db) => new AccountStore(db)),
  madeOnce(AdminLogStore, (db) => new AdminLogStore(db)),
  madeOnce(SignInSettingsStore, (db) => new SignInSettingsStore(db)),
  madeOnce(ProviderAccounts, (db) => new ProviderAccounts(db)),
  madeOnce(SignInThrottle, (db) => new SignInThrottle(db, WINDOW_MS)),
  madeOnce(ReminderStore, (db) => new ReminderStore(db)),
  madeOnce(ScheduledJobs, (db) => new ScheduledJobs(db)),
  madeOnce(DatabaseProbe, (db) => new DatabaseProbe(db)),
];

@Module({})
export class DatabaseModule {
  static on(dataSource: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DataSource, useValue: dataSource }, ...STORES],
      exports: STORES.map((store) => store.provide),
    };
  }
}
