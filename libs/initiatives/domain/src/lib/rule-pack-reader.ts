// Reading untrusted input field by field: every error collected, each naming its field.

import { hasUnsafeCharacters } from './unsafe-text';

/** Stable codes the web app words; each error also carries an English message. */
export const RULE_PACK_ERROR_CODES = [
  'NOT_AN_OBJECT',
  'MISSING_FIELD',
  'UNKNOWN_FIELD',
  'NOT_A_STRING',
  'EMPTY_TEXT',
  'UNSAFE_CHARACTERS',
  'TEXT_TOO_LONG',
  'NOT_ONE_OF',
  'NOT_AN_INTEGER',
  'OUT_OF_RANGE',
  'NOT_A_LIST',
  'EMPTY_LIST',
  'TOO_MANY_ITEMS',
  'DUPLICATE_ITEM',
  'NOT_A_DATE',
  'NOT_A_DAY_OF_EVERY_YEAR',
  'INVALID_PREFIX',
  'TEMPLATE_UNKNOWN_TOKEN',
  'TEMPLATE_TOKEN_REPEATED',
  'TEMPLATE_WITHOUT_SEQ',
  'TEMPLATE_WITHOUT_YEAR',
  'MAX_BELOW_MIN',
  'RESIDENT_INITIATIVE_IN_SCOPE',
  'SIGNER_RANGES_OVERLAP',
  'ACTION_WITHOUT_ROLE',
] as const;
export type RulePackErrorCode = (typeof RULE_PACK_ERROR_CODES)[number];

export interface RulePackError {
  /** Where: 'deadlines[1].maxSignatories', 'annualList.dueDay'; 'rulePack' for the whole. */
  field: string;
  code: RulePackErrorCode;
  message: string;
  params?: Record<string, string | number>;
}

/** The field an error about the whole input names. */
export const ROOT = 'rulePack';
// Bounds the work one request can ask for: every list, and the unknown keys reported per object.
const LIMITS = { name: 200, items: 20, unknownKeys: 20, shownKey: 40 } as const;

export type Range = readonly [number, number];

export const at = (field: string, key: string) => (field === ROOT ? key : `${field}.${key}`);
export const item = (field: string, index: number) => `${field}[${index}]`;
/** A key as an error names it: an empty one quoted, a long one cut short. */
const shown = (key: string) =>
  key === '' ? '""' : key.length > LIMITS.shownKey ? `${key.slice(0, LIMITS.shownKey)}…` : key;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export const all = <T>(list: readonly (T | undefined)[] | undefined): T[] | undefined =>
  list?.every((it) => it !== undefined) ? (list as T[]) : undefined;

/** Every part is read (undefined: refused, and said why); the whole exists only if every part does. */
export function whole<T extends object>(parts: { [K in keyof T]: T[K] | undefined }): T | undefined {
  return Object.values(parts).every((part) => part !== undefined) ? (parts as T) : undefined;
}

/** Reads untrusted values, collecting every error; a value `undefined` was missing and is already reported. */
export class Reader {
  readonly errors: RulePackError[] = [];

  refuse(
    field: string,
    code: RulePackErrorCode,
    message: string,
    params?: RulePackError['params'],
  ): undefined {
    this.errors.push(params ? { field, code, message, params } : { field, code, message });
    return undefined;
  }

  record<K extends string>(
    value: unknown,
    field: string,
    keys: readonly K[],
  ): Record<K, unknown> | undefined {
    if (value === undefined) return undefined;
    if (!isPlainObject(value)) return this.refuse(field, 'NOT_AN_OBJECT', 'Give a group of fields here.');
    const unknown = Object.keys(value).filter((key) => !(keys as readonly string[]).includes(key));
    for (const key of unknown.slice(0, LIMITS.unknownKeys)) {
      this.refuse(at(field, shown(key)), 'UNKNOWN_FIELD', `Remove “${shown(key)}”: there is no such field.`, {
        name: shown(key),
      });
    }
    const read = {} as Record<K, unknown>;
    for (const key of keys) {
      read[key] = Object.hasOwn(value, key) ? value[key] : undefined;
      if (read[key] === undefined) this.refuse(at(field, key), 'MISSING_FIELD', 'Fill in this field.');
    }
    return read;
  }

  text(value: unknown, field: string, max: number = LIMITS.name): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.refuse(field, 'NOT_A_STRING', 'Write this as text.');
    if (hasUnsafeCharacters(value)) {
      const message = 'Remove the control character or broken character: it cannot be stored or printed.';
      return this.refuse(field, 'UNSAFE_CHARACTERS', message);
    }
    const trimmed = value.trim();
    if (trimmed === '') return this.refuse(field, 'EMPTY_TEXT', 'Fill in this text: it is empty.');
    if (trimmed.length > max) {
      return this.refuse(field, 'TEXT_TOO_LONG', `Shorten this to at most ${max} characters.`, { max });
    }
    return trimmed;
  }

  oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T | undefined {
    if (value === undefined) return undefined;
    const found = allowed.find((option) => option === value);
    if (found !== undefined) return found;
    const options = allowed.join(', ');
    return this.refuse(field, 'NOT_ONE_OF', `Choose one of: ${options}.`, { allowed: options });
  }

  integer(value: unknown, field: string, [min, max]: Range): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return this.refuse(field, 'NOT_AN_INTEGER', 'Enter a whole number.');
    }
    if (value < min || value > max) {
      return this.refuse(field, 'OUT_OF_RANGE', `Enter a number from ${min} to ${max}.`, { min, max });
    }
    return value;
  }

  nullable<T>(value: unknown, read: (present: unknown) => T | undefined): T | null | undefined {
    return value === null ? null : read(value);
  }

  /** Each item read on its own (undefined where refused); undefined for the list if it is not one. */
  items<T>(
    value: unknown,
    field: string,
    read: (it: unknown, at: string) => T | undefined,
  ): (T | undefined)[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return this.refuse(field, 'NOT_A_LIST', 'Give a list here.');
    if (value.length > LIMITS.items) {
      const max = LIMITS.items;
      return this.refuse(field, 'TOO_MANY_ITEMS', `Shorten this list to at most ${max} items.`, { max });
    }
    return Array.from(value, (it: unknown, index) =>
      it === undefined
        ? this.refuse(item(field, index), 'MISSING_FIELD', 'Fill in this item.')
        : read(it, item(field, index)),
    );
  }

  /** A list of distinct values from `allowed`. */
  set<T extends string>(
    value: unknown,
    field: string,
    allowed: readonly T[],
    nonEmpty: boolean,
  ): T[] | undefined {
    const read = this.items(value, field, (it, itemField) => this.oneOf(it, itemField, allowed));
    if (!read) return undefined;
    if (nonEmpty && read.length === 0) return this.refuse(field, 'EMPTY_LIST', 'Choose at least one.');
    const repeated = read.findIndex((it, index) => it !== undefined && read.indexOf(it) < index);
    if (repeated >= 0) {
      const value = String(read[repeated]);
      return this.refuse(item(field, repeated), 'DUPLICATE_ITEM', `Remove the second “${value}”.`, { value });
    }
    return all(read);
  }
}
