import { Injectable, type PipeTransform } from '@nestjs/common';
import { UUID_PATTERN as UUID } from '@aloite/domain';
import { AppError, invalid } from './app-error';

export { UUID };
/** A handling's sequence number (1, 2, …). */
export const SEQUENCE = /^[1-9]\d{0,8}$/;

/** A malformed id names nothing: 404, like any id that does not exist. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new AppError('NOT_FOUND', `No such item: ${value.slice(0, 60)}.`);
    return value.toLowerCase();
  }
}

/** A handling's sequence number (1, 2, …); anything else names nothing: 404. */
@Injectable()
export class SequencePipe implements PipeTransform<string | number, number> {
  // The global validation pipe may already have turned the text into a number.
  transform(value: string | number): number {
    const text = String(value);
    if (!SEQUENCE.test(text)) throw new AppError('NOT_FOUND', `No such handling: ${text.slice(0, 60)}.`);
    return Number(text);
  }
}

/** `If-Match: "3"` (or W/"3", or 3) → 3; absent → null. */
export function parseIfMatch(header: string | undefined): number | null {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return null;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) throw invalid('If-Match', 'must be the initiative version in quotes, e.g. "3"', 'ifMatch');
  return Number(match[1]);
}
