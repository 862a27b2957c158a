import type { DataSource } from 'typeorm';
import { pooledSql, prepared } from './sql';

/**
 * The feeds' read: the initiatives of a body's, or the whole municipality's, latest handlings with a decision. The
 * latest handlings are read first along handling_annual_list_idx (municipality, date), so a municipality with a
 * long history is not grouped whole.
 */
const RECENTLY_DECIDED = prepared<{ id: string }>(`
  SELECT recent.id FROM (
    SELECT h.initiative_id AS id, h.date FROM handling h
    WHERE h.municipality_id = :municipalityId AND h.decision IS NOT NULL
      AND (:bodyId::uuid IS NULL OR h.body_id = :bodyId::uuid)
    ORDER BY h.date DESC LIMIT :scan) recent
  GROUP BY recent.id
  ORDER BY max(recent.date) DESC, recent.id
  LIMIT :limit`);

/** An initiative often has a few decided handlings close together: enough of them to find `limit` initiatives. */
const HANDLINGS_PER_INITIATIVE = 4;

/** The initiatives with the latest decisions, latest first: their handlings are read one initiative at a time. */
export async function recentlyDecided(
  db: DataSource,
  municipalityId: string,
  bodyId: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await pooledSql(db).rows(RECENTLY_DECIDED, {
    municipalityId,
    bodyId,
    limit,
    scan: limit * HANDLINGS_PER_INITIATIVE,
  });
  return rows.map((row) => row.id);
}
