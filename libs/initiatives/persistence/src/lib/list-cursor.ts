import { isIsoDate, UUID_PATTERN } from '@aloite/domain';
import { invalidInput } from './errors';

/**
 * Where the previous page ended, in the order it was in: a day (or a due date's infinity) or a search's rank, and
 * the id that breaks ties. It comes back from whoever holds it, so every part is checked before SQL sees it.
 */
export type Cursor = { key: string; id: string } | { rank: string; id: string };

/** As the rank is written: `round(…, 6)` of a tier (0–3) plus the text's rank, below 1 before rounding. */
const RANK = /^[0-4]\.\d{6}$/;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(value: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Record<string, unknown>;
    const id = parsed?.id;
    if (typeof id === 'string' && UUID_PATTERN.test(id)) {
      const { key, rank } = parsed;
      // A real day (a tampered 2026-02-30 or 0000-01-01 would fail in SQL), or a due date's infinity.
      if (typeof key === 'string' && (key === 'infinity' || isIsoDate(key))) return { key, id };
      if (typeof rank === 'string' && RANK.test(rank)) return { rank, id };
    }
  } catch {
    // fall through to the clerk-readable error
  }
  throw invalidCursor();
}

export function invalidCursor() {
  return invalidInput('cursor', 'is not a cursor from a previous page; start from the first page');
}
