import { HttpException } from '@nestjs/common';
import { StoreError } from '@aloite/persistence';
import { AppError, fromStoreError, type ErrorCode } from './app-error';
import type { ProblemResponse } from './problem.response';

/** What the API answers on an error; its OpenAPI schema is the class. */
export type Problem = ProblemResponse;

const TYPE_BASE = 'https://aloite.fi/problems/';
export const RETRY_AFTER_SECONDS = 5;

function statusOf(code: ErrorCode): { status: number; title: string } {
  switch (code) {
    case 'VALIDATION_FAILED':
      return { status: 400, title: 'The request is not valid' };
    case 'UNAUTHENTICATED':
      return { status: 401, title: 'Sign in first' };
    case 'FORBIDDEN':
      return { status: 403, title: 'Your role does not allow this' };
    case 'PASSWORD_CHANGE_REQUIRED':
      return { status: 403, title: 'Change your password first' };
    case 'PASSWORDS_NOT_ALLOWED':
      return { status: 403, title: 'This municipality signs in through its own provider only' };
    case 'OIDC_NOT_CONFIGURED':
      return { status: 404, title: 'The municipality has no sign-in provider' };
    case 'OIDC_STATE_INVALID':
      return { status: 400, title: 'The sign-in was not started here, was already used or took too long' };
    case 'OIDC_PROVIDER_REFUSED':
      return { status: 401, title: 'The sign-in provider refused the sign-in' };
    case 'OIDC_ID_TOKEN_INVALID':
      return { status: 401, title: 'The sign-in provider’s answer could not be trusted' };
    case 'OIDC_PROVIDER_UNREACHABLE':
      return { status: 502, title: 'The sign-in provider did not answer' };
    case 'OIDC_NO_ROLE':
      return { status: 403, title: 'None of the account’s groups gives a role here' };
    case 'OIDC_ACCOUNT_REFUSED':
      return { status: 403, title: 'The account is not in use here' };
    case 'CROSS_ORIGIN_REQUEST':
      return { status: 403, title: 'The request did not come from this site' };
    case 'NOT_FOUND':
      return { status: 404, title: 'Not found' };
    case 'METHOD_NOT_ALLOWED':
      return { status: 405, title: 'Method not allowed' };
    case 'STALE_VERSION':
      return { status: 409, title: 'Someone else changed this in the meantime' };
    case 'DUPLICATE_DIARY_NUMBER':
      return { status: 409, title: 'The diary number is already in use' };
    case 'DUPLICATE_NAME':
      return { status: 409, title: 'The name is already in use' };
    case 'BODY_TOO_COMPLEX':
      return { status: 400, title: 'The request body is nested too deeply or has too many keys' };
    case 'PAYLOAD_TOO_LARGE':
      return { status: 413, title: 'The request is too large' };
    case 'UNSUPPORTED_MEDIA_TYPE':
      return { status: 415, title: 'Unsupported content type' };
    case 'REMINDERS_OFF':
      return { status: 409, title: 'Reminders are not configured' };
    case 'TOO_MANY_ATTEMPTS':
      return { status: 429, title: 'Too many failed sign-ins' };
    case 'SECTION_TAKEN':
      return { status: 409, title: 'The meeting already has an item with this §' };
    case 'ALREADY_ON_AGENDA':
      return { status: 409, title: 'The initiative is already waiting on this body’s agenda' };
    case 'ALREADY_DECIDED':
      return { status: 409, title: 'The item’s decision is already recorded' };
    case 'NOTHING_TO_DECIDE':
      return { status: 422, title: 'The body has nothing to decide on this initiative now' };
    case 'MEETING_STEP_NOT_ALLOWED':
      return { status: 422, title: 'The meeting cannot take this step now' };
    case 'MEETING_CANCELLED':
      return { status: 422, title: 'The meeting was cancelled' };
    case 'MEETING_NOT_YET_HELD':
      return { status: 422, title: 'The meeting has not been held yet' };
    case 'MINUTES_ALREADY_CHECKED':
      return { status: 422, title: 'The minutes are already checked' };
    case 'AGENDA_ITEMS_UNDECIDED':
      return { status: 422, title: 'Some items of the agenda have no decision yet' };
    case 'CORRECTION_CONTRADICTS_LOG':
      return { status: 422, title: 'As corrected, the record would contradict a later event' };
    case 'LINK_EXISTS':
      return { status: 409, title: 'The initiatives are already linked this way' };
    case 'LINK_TO_ITSELF':
      return { status: 409, title: 'An initiative cannot be linked to itself' };
    case 'RULE_PACK_CHANGED':
      return { status: 409, title: 'The municipality’s rules changed in the meantime' };
    case 'RULE_PACK_VERSION_EXISTS':
      return { status: 409, title: 'A version of the rules already starts on that day' };
    case 'RULE_PACK_CONTRADICTS_HISTORY':
      return { status: 422, title: 'The rules would contradict what has been recorded' };
    case 'TRANSITION_NOT_ALLOWED':
      return { status: 422, title: 'This step is not possible now' };
    case 'POSTPONEMENT_LIMIT_REACHED':
      return { status: 422, title: 'The statement has been postponed as often as allowed' };
    case 'STATEMENT_REQUEST_LIMIT_REACHED':
      return { status: 422, title: 'The initiative has as many statement requests as allowed' };
    case 'HANDLING_LIMIT_REACHED':
      return { status: 422, title: 'The initiative has as many handlings as allowed' };
    case 'TEXT_LIMIT_REACHED':
      return { status: 422, title: 'The initiative would hold more text than allowed' };
    case 'DOCUMENT_LIMIT_REACHED':
      return { status: 422, title: 'The initiative has as many documents as allowed' };
    case 'DOCUMENT_BYTES_LIMIT_REACHED':
      return { status: 422, title: 'The initiative’s documents would be larger than allowed' };
    case 'TOO_MANY_DOWNLOADS':
      return { status: 429, title: 'Too many downloads at once from your address' };
    case 'TOO_MANY_REQUESTS':
      return { status: 429, title: 'Too many requests from your address' };
    case 'DOWNLOADS_BUSY':
      return { status: 503, title: 'Too many public downloads at the moment' };
    case 'SERVER_BUSY':
      return { status: 503, title: 'Too busy right now' };
    case 'DATABASE_UNAVAILABLE':
      return { status: 503, title: 'The database is not reachable' };
    case 'INTERNAL':
      return { status: 500, title: 'Unexpected error' };
  }
}

export function problemOf(error: AppError): Problem {
  const { status, title } = statusOf(error.code);
  const extras = Object.fromEntries(Object.entries(error.details).filter(([, value]) => value !== undefined));
  return {
    type: `${TYPE_BASE}${error.code.toLowerCase().replace(/_/g, '-')}`,
    title,
    status,
    detail: error.detail,
    code: error.code,
    ...extras,
  };
}

/** node-postgres and TypeORM signal an unreachable database in several ways; all of them mean "try again soon". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
]);
/** TypeORM releases a query runner whose connection died; later use of it fails with these. */
const RELEASED_RUNNER_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Query read timeout|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed|Cannot use a pool after calling end|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const candidates = [
    error,
    (error as { driverError?: unknown })?.driverError,
    (error as { cause?: unknown })?.cause,
  ];
  return candidates.some((candidate) => {
    if (!(candidate instanceof Error)) return false;
    if (RELEASED_RUNNER_ERRORS.has(candidate.name) || RELEASED_RUNNER_ERRORS.has(candidate.constructor.name))
      return true;
    const code = (candidate as { code?: unknown }).code;
    return (
      (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) ||
      UNAVAILABLE_MESSAGES.test(candidate.message)
    );
  });
}

/**
 * SQLSTATE class 22 (data exception: an impossible date, a number out of range, text too long, a NUL byte) and 54
 * (program limit exceeded: a text too long to index) come from a value the request carried, not from the server.
 * Input validation refuses these first; this is the second line, so the client still gets a 400. Its SQLSTATE, or
 * undefined for any other error.
 */
export function refusedInputState(error: unknown): string | undefined {
  const candidates = [error, (error as { driverError?: unknown })?.driverError];
  for (const candidate of candidates) {
    const code = (candidate as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && /^(22|54)[0-9A-Z]{3}$/.test(code)) return code;
  }
  return undefined;
}

interface FrameworkError {
  statusCode?: number;
  code?: string;
}

/** Framework errors (Nest's HttpException, Fastify's parser and limit errors) by their status. */
function fromClientStatus(status: number, error: unknown): AppError {
  switch (status) {
    case 404:
      return new AppError('NOT_FOUND', 'There is nothing at this address.');
    case 405:
      return new AppError('METHOD_NOT_ALLOWED', 'This address does not accept that method.');
    case 413:
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
    case 415:
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.');
    default:
      return new AppError(
        'VALIDATION_FAILED',
        error instanceof SyntaxError || (error as FrameworkError)?.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
          ? 'The request body is not valid JSON.'
          : 'The request could not be understood.',
      );
  }
}

/** Any error at all becomes an AppError; nothing from the database or a stack ever reaches the client. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof StoreError) return fromStoreError(error);
  if (isDatabaseUnavailable(error)) {
    return new AppError(
      'DATABASE_UNAVAILABLE',
      `The database is not reachable right now. Try again in ${RETRY_AFTER_SECONDS} seconds; reload first to see whether your change was saved.`,
      { retryAfter: RETRY_AFTER_SECONDS },
    );
  }
  if (refusedInputState(error) !== undefined) {
    return new AppError(
      'VALIDATION_FAILED',
      'A value in the request is out of range or cannot be stored: check dates, numbers and the length of texts.',
    );
  }
  const status = error instanceof HttpException ? error.getStatus() : (error as FrameworkError)?.statusCode;
  if (typeof status === 'number' && status < 500) return fromClientStatus(status, error);
  return new AppError('INTERNAL', 'An unexpected error occurred. It has been logged; nothing was changed.');
}
