import {
  annualListCutoff,
  FINAL_STATES,
  type InitiativeContext,
  type InitiativeState,
  type RulePack,
} from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { PACK_OF_INITIATIVE } from './record-columns';
import { pooledSql, prepared } from './sql';

/** Characters of a handling's decision (or proposal) read for the list's one-line measure. */
export const MEASURE_SOURCE_LENGTH = 2_000;

/** One handling as the list shows it: where and when, and the start of what was decided. */
export interface AnnualListMeasure {
  bodyId: string;
  date: string;
  section: number;
  /** The first MEASURE_SOURCE_LENGTH characters of the decision, or of the proposal without one. */
  text: string;
  /** The text goes on beyond what was read. */
  cut: boolean;
}

/** What the annual list shows of an initiative, and what its decision rules on: never whole texts. */
export interface AnnualListCandidate {
  id: string;
  diaryNumber: string;
  title: string;
  submittedOn: string;
  firstSigner: string | null;
  state: InitiativeState;
  context: InitiativeContext;
  measures: AnnualListMeasure[];
  /** The rule-pack version the initiative is judged by: its lapse rule decides whether it lapses. */
  pack: RulePack;
}

const CANDIDATES = prepared<AnnualListCandidate>(`
  SELECT i.id, i.diary_number AS "diaryNumber", i.title, i.submitted_on AS "submittedOn",
    (SELECT s.name FROM signatory s WHERE s.initiative_id = i.id
     ORDER BY s.first_signer DESC, s.position LIMIT 1) AS "firstSigner",
    i.state, i.context, ${PACK_OF_INITIATIVE} AS pack,
    coalesce((SELECT json_agg(json_build_object('bodyId', h.body_id, 'date', h.date, 'section', h.section,
        'text', left(coalesce(h.decision, h.proposal, ''), :measureLength),
        'cut', char_length(coalesce(h.decision, h.proposal, '')) > :measureLength) ORDER BY h.event_seq)
      FROM handling h WHERE h.initiative_id = i.id), '[]') AS measures
  FROM initiative i
  WHERE i.municipality_id = :municipalityId AND i.submitted_on <= :cutoff::date
    AND (i.state <> ALL(:finalStates::text[]) OR (i.context->>'endedOn')::date > :cutoff::date)
  ORDER BY i.submitted_on, i.diary_number`);

/**
 * Candidates for the annual list of `listYear`: filed by 31.12. of the year before and not finished by then.
 * The domain's `isOnAnnualList` has the last word; this only keeps the read small. Hundreds of initiatives may
 * be on a list, each with up to a million characters of handlings: only the start of each decision is read.
 */
export function annualListCandidates(
  db: DataSource,
  municipalityId: string,
  listYear: number,
): Promise<AnnualListCandidate[]> {
  return pooledSql(db).rows(CANDIDATES, {
    municipalityId,
    cutoff: annualListCutoff(listYear),
    finalStates: FINAL_STATES,
    measureLength: MEASURE_SOURCE_LENGTH,
  });
}
