export * from './lib/types';
export * from './lib/labels';
export * from './lib/export-texts';
export * from './lib/dates';
export * from './lib/unsafe-text';
export * from './lib/rule-packs';
export * from './lib/rule-pack-templates';
export * from './lib/rule-pack-changes';
export { RULE_PACK_ERROR_CODES, type RulePackError, type RulePackErrorCode } from './lib/rule-pack-reader';
export * from './lib/rule-pack-validation';
export * from './lib/bodies';
export { bodyGenitive } from './lib/body-name-forms';
export * from './lib/permissions';
export * from './lib/rules';
export * from './lib/machine';
export * from './lib/engine';
export * from './lib/handling';
export * from './lib/corrections';
export * from './lib/links';
export * from './lib/meetings';
export * from './lib/minutes';
export * from './lib/annual-list-texts';
export * from './lib/list-year';
export * from './lib/deadlines';
export * from './lib/diagram';
export {
  LIFECYCLE_REFUSALS,
  STATEMENT_POSTPONEMENT_LIMIT,
  lifecycleRefusal,
  type LifecycleRefusal,
  keepsStatementOpen,
  mayPostponeStatement,
  openRequestFor,
  openRequests,
} from './lib/lifecycle-rules';
export * from './lib/wording';
