import { annualListCutoff, FINAL_STATES } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { RECORD_COLUMNS } from './initiative-store';
import type { InitiativeRecord } from './records';

/**
 * Candidates for the annual list of `listYear`: filed by 31.12. of the year before and not finished by then.
 * The domain's `isOnAnnualList` has the last word; this only keeps the read small.
 */
export async function annualListCandidates(
  db: DataSource,
  municipalityId: string,
  listYear: number,
): Promise<InitiativeRecord[]> {
  return (await db.query(
    `SELECT ${RECORD_COLUMNS} FROM initiative i
     WHERE i.municipality_id = $1 AND i.submitted_on <= $2::date
       AND (i.state <> ALL($3::text[]) OR (i.context->>'endedOn')::date > $2::date)
     ORDER BY i.submitted_on, i.diary_number`,
    [municipalityId, annualListCutoff(listYear), FINAL_STATES],
  )) as InitiativeRecord[];
}
