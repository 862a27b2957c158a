import { ValidationPipe } from '@nestjs/common';
import { hasUnsafeCharacters } from '@aloite/domain';
import { AppError, FIELD_RULES, type FieldError, type FieldRule, type Params } from './app-error';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** class-validator's constraint as one of the API's field rules, with what the message names. */
function ruleOf(constraint: string, error: ValidationError): { rule: FieldRule; params?: Params } {
  const params = error.contexts?.[constraint] as Params | undefined;
  const value: unknown = error.value;
  if (constraint === 'whitelistValidation') return { rule: 'unknownField' };
  if (value === undefined || value === null || value === '') return { rule: 'required' };
  if (constraint === 'safeText') {
    if (typeof value !== 'string') return { rule: 'text' };
    if (hasUnsafeCharacters(value)) return { rule: 'unsafeCharacters' };
    return value.trim() === '' ? { rule: 'required' } : { rule: 'maxLength', params };
  }
  const known = (FIELD_RULES as readonly string[]).includes(constraint);
  return { rule: known ? (constraint as FieldRule) : 'invalid', params };
}

export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'is not a known field'),
      ...ruleOf(constraint, error),
    }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

export function validationFailed(errors: FieldError[]): AppError {
  const summary = errors
    .slice(0, 3)
    .map((error) => `${error.field}: ${error.message}`)
    .join('; ');
  return new AppError(
    'VALIDATION_FAILED',
    `The request has invalid fields: ${summary}${errors.length > 3 ? '; …' : ''}`,
    {
      errors,
    },
  );
}

const VALIDATOR_OPTIONS = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => validationFailed(fieldErrors(errors)),
  });
}

/** Validates a plain JSON value into a DTO class, as the global pipe would. */
export function validateInto<T extends object>(type: new () => T, plain: unknown): T {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw validationFailed([{ field: 'body', message: 'must be a JSON object', rule: 'isObject' }]);
  }
  const instance = plainToInstance(type, plain);
  const errors = validateSync(instance, VALIDATOR_OPTIONS);
  if (errors.length > 0) throw validationFailed(fieldErrors(errors));
  return instance;
}
