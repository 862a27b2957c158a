// The domain's names, value lists and permissions without the engine: what a browser bundle needs to label states
// and events and to decide what to offer, with no XState in it.
export * from './lib/types';
export * from './lib/labels';
export * from './lib/bodies';
export * from './lib/permissions';
export {
  ACTIONS,
  DEADLINE_RULE_KINDS,
  FINANCIAL_EFFECTS,
  LAPSE_REFERENCE_DATES,
  LANGUAGES,
  WORDINGS,
  type Action,
  type Language,
  type Permissions,
  type Wording,
} from './lib/rule-packs';
export { finnishDate } from './lib/dates';
export * from './lib/list-year';
export { LIST_EXPORT_LIMIT } from './lib/export-texts';
export { DEADLINE_KINDS, type DeadlineKind } from './lib/deadlines';
export { RULE_PACK_ERROR_CODES, type RulePackError, type RulePackErrorCode } from './lib/rule-pack-reader';
export { inWording } from './lib/wording';
