/** What the stores refuse on purpose; the API words each as problem+json under the same code. */
export type StoreErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'STALE_VERSION'
  | 'DUPLICATE_DIARY_NUMBER'
  | 'DUPLICATE_NAME'
  | 'POSTPONEMENT_LIMIT_REACHED'
  | 'STATEMENT_REQUEST_LIMIT_REACHED'
  | 'HANDLING_LIMIT_REACHED'
  | 'TEXT_LIMIT_REACHED'
  | 'DOCUMENT_LIMIT_REACHED'
  | 'DOCUMENT_BYTES_LIMIT_REACHED'
  | 'SECTION_TAKEN'
  | 'ALREADY_ON_AGENDA'
  | 'LINK_EXISTS'
  | 'LINK_TO_ITSELF'
  | 'RULE_PACK_CHANGED'
  | 'RULE_PACK_VERSION_EXISTS'
  | 'RULE_PACK_CONTRADICTS_HISTORY';

/** The SQLSTATE a filing decided on a rule-pack version no longer in force is refused with (its own class). */
export const RULE_PACK_CHANGED = 'AL001';

export interface StoreFieldError {
  field: string;
  message: string;
  /** `inUse`: the value (in `params.value`) is taken in this municipality. */
  rule?: 'inUse' | 'invalid';
  params?: Record<string, string>;
}

export interface StoreErrorDetails {
  errors?: StoreFieldError[];
  /** The initiatives a refused change would have contradicted (diary numbers). */
  refused?: string[];
  currentVersion?: number;
}

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    readonly detail: string,
    readonly details: StoreErrorDetails = {},
  ) {
    super(detail);
  }
}

export function invalidInput(field: string, message: string): StoreError {
  return new StoreError('VALIDATION_FAILED', `${field}: ${message}`, { errors: [{ field, message }] });
}
