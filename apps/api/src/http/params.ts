import { Injectable, type PipeTransform } from '@nestjs/common';
import { AppError } from '@aloite/persistence';
import { invalid } from '@aloite/persistence';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id names nothing: 404, like any id that does not exist. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new AppError('NOT_FOUND', `No such item: ${value.slice(0, 60)}.`);
    return value.toLowerCase();
  }
}

/** `If-Match: "3"` (or W/"3", or 3) → 3; absent → null. */
export function parseIfMatch(header: string | undefined): number | null {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return null;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) throw invalid('If-Match', 'must be the initiative version in quotes, e.g. "3"');
  return Number(match[1]);
}
