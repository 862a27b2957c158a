import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { hasUnsafeCharacters, isIsoDate } from '@aloite/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsUUID,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  buildMessage,
  type ValidationOptions,
} from 'class-validator';

// Field decorators that validate and document in one place, so the OpenAPI document can never drift from what the
// API accepts. Every text is checked for what PostgreSQL would choke on before it reaches SQL.

const PG_INTEGER_MAX = 2_147_483_647;

export const UNSAFE_CHARACTERS_MESSAGE =
  'contains a character that cannot be stored or printed (a control character other than tab or line break, U+FFFE, U+FFFF or a broken character)';

function SafeText(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  // The limit travels to the field error (`params.max`) through the constraint's context.
  return ValidateBy(
    {
      name: 'safeText',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          !hasUnsafeCharacters(value) &&
          value.trim().length >= min &&
          value.length <= max,
        defaultMessage: buildMessage((prefix, args) => {
          const value: unknown = args?.value;
          if (typeof value !== 'string') return `${prefix}$property must be text`;
          if (hasUnsafeCharacters(value)) return `${prefix}$property ${UNSAFE_CHARACTERS_MESSAGE}`;
          if (value.length > max) return `${prefix}$property must be at most ${max} characters`;
          return min > 0 ? `${prefix}$property must not be empty` : `${prefix}$property is invalid`;
        }),
      },
    },
    { ...options, context: { max } },
  );
}

function IsoDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isoDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
      defaultMessage: () => '$property must be a real calendar date as YYYY-MM-DD',
    },
  });
}

interface FieldOptions {
  optional?: boolean;
  description?: string;
  example?: unknown;
}

/** Optional means "may be left out", not "may be null": class-validator's IsOptional would let null through. */
function optionality(options: FieldOptions): PropertyDecorator[] {
  return options.optional ? [ValidateIf((_, value) => value !== undefined)] : [];
}

export function TextField(
  max: number,
  options: FieldOptions & { allowEmpty?: boolean; nullable?: boolean } = {},
) {
  return applyDecorators(
    ...optionality(options),
    ...(options.nullable ? [ValidateIf((_, value) => value !== null)] : []),
    SafeText(options.allowEmpty ? 0 : 1, max),
    ApiProperty({
      type: String,
      nullable: options.nullable,
      maxLength: max,
      minLength: options.allowEmpty ? 0 : 1,
      required: !options.optional,
      description: options.description,
      example: options.example,
    }),
  );
}

export function DateField(options: FieldOptions = {}) {
  return applyDecorators(
    ...optionality(options),
    IsoDate(),
    ApiProperty({
      type: String,
      format: 'date',
      required: !options.optional,
      description: options.description,
      example: options.example,
    }),
  );
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day as meetings are announced: 16:30. */
export function TimeField(options: FieldOptions = {}) {
  return applyDecorators(
    ...optionality(options),
    ValidateBy({
      name: 'timeOfDay',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && TIME_OF_DAY.test(value),
        defaultMessage: () => '$property must be a time of day as HH:MM',
      },
    }),
    ApiProperty({
      type: String,
      pattern: TIME_OF_DAY.source,
      required: !options.optional,
      description: options.description,
      example: options.example ?? '16:30',
    }),
  );
}

export function IntField(min: number, max: number = PG_INTEGER_MAX, options: FieldOptions = {}) {
  return applyDecorators(
    ...optionality(options),
    IsInt(),
    Min(min, { context: { min } }),
    Max(max, { context: { max } }),
    ApiProperty({
      type: 'integer',
      minimum: min,
      maximum: max,
      required: !options.optional,
      description: options.description,
      example: options.example,
    }),
  );
}

export function UuidField(options: FieldOptions = {}) {
  return applyDecorators(
    ...optionality(options),
    IsUUID('all'),
    ApiProperty({
      type: String,
      format: 'uuid',
      required: !options.optional,
      description: options.description,
    }),
  );
}

export function EnumField(values: readonly string[], options: FieldOptions & { nullable?: boolean } = {}) {
  return applyDecorators(
    ...optionality(options),
    ...(options.nullable ? [ValidateIf((_, value) => value !== null)] : []),
    IsIn([...values], { message: `$property must be one of: ${values.join(', ')}` }),
    ApiProperty({
      enum: [...values],
      nullable: options.nullable,
      required: !options.optional,
      description: options.description,
      example: options.example,
    }),
  );
}

export function BooleanField(options: FieldOptions = {}) {
  return applyDecorators(
    ...optionality(options),
    IsBoolean(),
    ApiProperty({ type: Boolean, required: !options.optional, description: options.description }),
  );
}

export function NestedField(
  type: () => new () => object,
  options: FieldOptions & { nullable?: boolean } = {},
) {
  return applyDecorators(
    ...optionality(options),
    ...(options.nullable ? [ValidateIf((_, value) => value !== null)] : []),
    ValidateNested(),
    Type(type),
    ValidateBy({
      name: 'isObject',
      validator: {
        validate: (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value),
        defaultMessage: () => '$property must be an object',
      },
    }),
    // Swagger treats `type` as lazy only when the function is itself named `type`, as this arrow is.
    ApiProperty({
      type: () => type(),
      nullable: options.nullable,
      required: !options.optional,
      description: options.description,
    }),
  );
}

export function NestedArrayField(type: () => new () => object, maxItems: number, options: FieldOptions = {}) {
  return applyDecorators(
    ...optionality(options),
    IsArray(),
    ArrayMaxSize(maxItems),
    ValidateNested({ each: true }),
    Type(type),
    ApiProperty({ type: [type()], maxItems, required: !options.optional, description: options.description }),
  );
}

export function TextArrayField(maxItems: number, maxLength: number, options: FieldOptions = {}) {
  return applyDecorators(
    ...optionality(options),
    IsArray(),
    ArrayMaxSize(maxItems),
    SafeText(1, maxLength, { each: true }),
    ApiProperty({ type: [String], maxItems, required: !options.optional, description: options.description }),
  );
}

/** Query strings: digits only become numbers; anything else stays text and fails the integer check. */
export function QueryInt() {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value,
  );
}

/** A repeatable query parameter arrives as a string once and as an array when repeated. */
export function QueryList() {
  return Transform(({ value }: { value: unknown }) =>
    value === undefined ? [] : Array.isArray(value) ? value : [value],
  );
}

export function EnumArrayField(values: readonly string[], maxItems: number, options: FieldOptions = {}) {
  return applyDecorators(
    ...optionality(options),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsIn([...values], { each: true, message: `each of $property must be one of: ${values.join(', ')}` }),
    ApiProperty({
      enum: [...values],
      isArray: true,
      required: !options.optional,
      description: options.description,
    }),
  );
}

export function UuidArrayField(maxItems: number, options: FieldOptions = {}) {
  return applyDecorators(
    ...optionality(options),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsUUID('all', { each: true }),
    ApiProperty({
      type: [String],
      format: 'uuid',
      required: !options.optional,
      description: options.description,
    }),
  );
}
