export * from './lib/errors';
export * from './lib/records';
export * from './lib/data-source';
export * from './lib/embedded-postgres';
export * from './lib/initiative-store';
export * from './lib/initiative-query';
export * from './lib/demo-data';
export * from './lib/account-store';
export * from './lib/provider-accounts';
export * from './lib/sign-in-settings-store';
export * from './lib/body-store';
export * from './lib/municipality-store';
export * from './lib/initiative-reports';
export * from './lib/database-probe';
export * from './lib/scheduled-jobs';
export * from './lib/usernames';
export * from './lib/sign-in-throttle';
export * from './lib/dashboard-query';
export * from './lib/registrar-tasks-query';
export * from './lib/annual-list-query';
export * from './lib/attachment-store';
export * from './lib/reminder-store';
export * from './lib/initiative-bounds';
export * from './lib/embedded-folder';
export * from './lib/database-roles';
export * from './lib/migration-lock';
export * from './lib/meeting-store';
export * from './lib/agenda-store';
export * from './lib/link-store';
export * from './lib/agenda-records';
export * from './lib/rule-pack-store';
export { loadVoikko } from './lib/search/voikko';
export { lemmaQuery, lemmaVector, searchAnalyzer, type Analyzer } from './lib/search/morphology';
export { reindexLemmasIfAnalyzerChanged } from './lib/search/lemma-reindex';
export * from './lib/admin-log';
export * from './lib/oparl-query';
export * from './lib/export/archive-format';
export { exportMunicipality, findMunicipality } from './lib/export/municipality-export';
export {
  ImportRefused,
  administratorPassword,
  importMunicipality,
  type ImportOptions,
} from './lib/export/municipality-import';
