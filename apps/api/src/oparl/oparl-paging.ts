import type { FieldError } from '../http/app-error';
import { AppError } from '../http/app-error';
import type { OparlFilter } from './oparl.service';

/**
 * Objects on a page unless the client's `limit` asks for fewer; never more than MAX_LIMIT, as each object on a page
 * is read whole (a paper with all its handlings) for anyone who asks.
 */
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 50;

const FILTERS = {
  created_since: 'createdSince',
  created_until: 'createdUntil',
  modified_since: 'modifiedSince',
  modified_until: 'modifiedUntil',
} as const;

const KNOWN = [...Object.keys(FILTERS), 'limit', 'page'];

// RFC 3339 with an offset, as OParl 1.1 asks of its filters; microseconds at most, as PostgreSQL keeps them.
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function isInstant(value: string): boolean {
  const parts = INSTANT.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function positiveInt(value: string): number | null {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

export interface OparlPage {
  filter: OparlFilter;
  page: number;
  /** The query string of the filters and limit, for the page links. */
  kept: URLSearchParams;
}

/** The list query of OParl 1.1 (§ paging, § filters): a 400 naming each field that is not what the spec says. */
export function oparlPage(query: Record<string, unknown>): OparlPage {
  const errors: FieldError[] = [];
  const text = (name: string): string | null => {
    const value = query[name];
    if (value === undefined) return null;
    if (typeof value === 'string') return value;
    errors.push({ field: name, message: `${name} is given once.`, rule: 'invalid' });
    return null;
  };
  const kept = new URLSearchParams();
  const instants = Object.fromEntries(
    Object.entries(FILTERS).map(([name, key]) => {
      const value = text(name);
      if (value !== null && !isInstant(value)) {
        errors.push({ field: name, message: `${name} is a date and time with an offset.`, rule: 'invalid' });
        return [key, null];
      }
      if (value !== null) kept.set(name, value);
      return [key, value];
    }),
  ) as Pick<OparlFilter, (typeof FILTERS)[keyof typeof FILTERS]>;
  const number = (name: string, fallback: number): number => {
    const value = text(name);
    if (value === null) return fallback;
    const parsed = positiveInt(value);
    if (parsed === null)
      errors.push({ field: name, message: `${name} is a positive whole number.`, rule: 'isInt' });
    return parsed ?? fallback;
  };
  for (const name of Object.keys(query)) {
    if (!KNOWN.includes(name))
      errors.push({ field: name, message: `${name} is not a filter here.`, rule: 'unknownField' });
  }
  const limit = Math.min(number('limit', DEFAULT_LIMIT), MAX_LIMIT);
  const page = number('page', 1);
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', 'The list query is not valid.', { errors });
  if (query['limit'] !== undefined) kept.set('limit', String(limit));
  return { filter: { ...instants, limit, offset: (page - 1) * limit }, page, kept };
}

/** The list object of OParl 1.1: data, pagination and the links between its pages. */
export function oparlList(
  listUrl: string,
  { page, kept, filter }: OparlPage,
  total: number,
  data: unknown[],
) {
  const totalPages = Math.max(1, Math.ceil(total / filter.limit));
  const link = (to: number) => {
    const params = new URLSearchParams(kept);
    if (to > 1) params.set('page', String(to));
    const search = params.toString();
    return search ? `${listUrl}?${search}` : listUrl;
  };
  return {
    data,
    pagination: { totalElements: total, elementsPerPage: filter.limit, currentPage: page, totalPages },
    links: {
      first: link(1),
      ...(page > 1 ? { prev: link(Math.min(page - 1, totalPages)) } : {}),
      ...(page < totalPages ? { next: link(page + 1) } : {}),
      last: link(totalPages),
    },
  };
}
