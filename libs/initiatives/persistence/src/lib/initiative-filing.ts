import {
  MACHINE_VERSION,
  nextDueDate,
  type DiaryNumberPattern,
  type IsoDate,
  type RulePack,
  type StoredInitiative,
} from '@aloite/domain';
import type { DataSource } from 'typeorm';
import type { Municipality } from './municipality-store';
import { RULE_PACK_CHANGED, StoreError } from './errors';
import type { BodySummary, Filing, InitiativeRecord, InitiativeRow } from './records';
import { bodiesNamed, INITIATIVE_COLUMNS } from './record-columns';
import { lemmaVector } from './search/morphology';
import { pooledSql, prepared, type Parameters, type Sql } from './sql';

const FILING_CONTEXT = prepared<FilingContext>(`
  SELECT m.id, rule_pack_in_force(m.id, :submittedOn) AS pack, m.diary_prefix AS "diaryPrefix", m.language,
    m.second_language AS "secondLanguage",
    ${bodiesNamed('m.id', ':bodyIds')}
  FROM municipality m WHERE m.id = :municipalityId`);

/**
 * The initiative, its signatories and the FILE audit row; nothing if the diary number is taken, also written with
 * other zero padding or letter case (the `diary_key` it is unique by). Without a number typed in, the year's next
 * one is drawn in the same statement: the sequence row is locked only while the statement runs, and a failed
 * filing leaves no gap in the numbers. The row comes back with the record's columns.
 */
const FILE_INITIATIVE = prepared<InitiativeRow>(`
  WITH drawn AS (
    INSERT INTO diary_sequence (municipality_id, year, last_value)
    SELECT :municipalityId, :year, 1 WHERE :diaryNumber::text IS NULL
    ON CONFLICT ON CONSTRAINT diary_sequence_pk DO UPDATE SET last_value = diary_sequence.last_value + 1
    RETURNING :numberBefore::text || lpad(last_value::text, greatest(:numberWidth::int, length(last_value::text)), '0')
      || :numberAfter::text AS diary_number
  ), inserted AS (
    INSERT INTO initiative (id, created_at, updated_at, municipality_id, diary_number, title, text, language, kind, submitted_on, signatory_count,
      has_financial_effect, filed_body_id, filed_date, filed_section, state, context, machine_version, version,
      due_at, signatory_names, text_characters, rule_pack_from, lemmas)
    SELECT coalesce(:id::uuid, gen_random_uuid()), coalesce(:at::timestamptz, now()),
      coalesce(:at::timestamptz, now()), :municipalityId, coalesce(:diaryNumber, (SELECT diary_number FROM drawn)), :title, :text, :language, :kind,
      :submittedOn, :signatoryCount, :hasFinancialEffect, :filedBodyId, :filedDate, :filedSection, :state, :context,
      :machineVersion, 1, :dueAt, :signatoryNames, :textCharacters, :packFrom::date, :lemmas::tsvector
    ON CONFLICT ON CONSTRAINT initiative_diary_key_unique DO NOTHING
    RETURNING *
  ), signatories AS (
    INSERT INTO signatory (municipality_id, initiative_id, position, name, party, first_signer)
    SELECT :municipalityId, i.id, s.position, s.name, s.party, s.first_signer
    FROM inserted i, jsonb_to_recordset(:signatories::jsonb) AS s(position int, name text, party text, first_signer boolean)
  ), audit AS (
    INSERT INTO initiative_event (municipality_id, initiative_id, seq, type, payload, actor, from_state, to_state,
      machine_version, occurred_at)
    SELECT :municipalityId, i.id, 1, 'FILE', :filing::jsonb || jsonb_build_object('diaryNumber', i.diary_number),
      :actor::text, NULL, :state, :machineVersion, i.created_at
    FROM inserted i
  )
  SELECT ${INITIATIVE_COLUMNS} FROM inserted i`);

export type FilingContext = Pick<Municipality, 'id' | 'diaryPrefix' | 'language' | 'secondLanguage'> & {
  /** The rule-pack version in force on the filing day. */
  pack: RulePack;
  bodies: BodySummary[];
};

export interface NewInitiative {
  filing: Filing;
  initial: StoredInitiative;
  /** The version `initial` was decided on. */
  pack: RulePack;
  /** How a drawn diary number of the year is written, when the filing has none. */
  diaryNumberPattern: (year: number) => DiaryNumberPattern;
}

/** What filing needs to know: the rules in force on the filing day and which of the named bodies are its own. */
export async function filingContextOf(
  db: DataSource,
  municipalityId: string,
  bodyIds: string[],
  submittedOn: IsoDate,
): Promise<FilingContext> {
  const [context] = await pooledSql(db).rows(FILING_CONTEXT, { municipalityId, bodyIds, submittedOn });
  if (!context) throw new StoreError('NOT_FOUND', `No municipality ${municipalityId}.`);
  return context;
}

/** One attempt; refused, writing nothing, if a version of the rules taking over its filing day came meanwhile. */
async function fileOnce(sql: Sql, values: Parameters): Promise<InitiativeRow[]> {
  try {
    return await sql.rows(FILE_INITIATIVE, values);
  } catch (error) {
    if ((error as { code?: string }).code !== RULE_PACK_CHANGED) throw error;
    throw new StoreError(
      'RULE_PACK_CHANGED',
      'The rules in force on the filing day changed meanwhile: file it again.',
    );
  }
}

/** Files an initiative: the row, its signatories and the first audit row, with the year's diary number. */
export function fileInitiative(
  db: DataSource,
  municipalityId: string,
  initiative: NewInitiative,
  actor: string,
): Promise<InitiativeRecord> {
  return fileInitiativeIn(pooledSql(db), municipalityId, initiative, actor);
}

/**
 * `fileInitiative` on `sql`; an import gives the initiative's own id and filing time (`restored`) to keep them.
 */
export async function fileInitiativeIn(
  sql: Sql,
  municipalityId: string,
  initiative: NewInitiative,
  actor: string,
  restored: { id: string; at: string } | null = null,
): Promise<InitiativeRecord> {
  const { filing, initial, pack } = initiative;
  const year = Number(filing.submittedOn.slice(0, 4));
  const pattern = initiative.diaryNumberPattern(year);
  for (;;) {
    const [row] = await fileOnce(sql, {
      id: restored?.id ?? null,
      at: restored?.at ?? null,
      municipalityId,
      diaryNumber: filing.diaryNumber,
      title: filing.title,
      text: filing.text,
      language: filing.language,
      kind: filing.kind,
      submittedOn: filing.submittedOn,
      signatoryCount: filing.signatoryCount,
      hasFinancialEffect: filing.hasFinancialEffect,
      filedBodyId: filing.filedAt.bodyId,
      filedDate: filing.filedAt.date,
      filedSection: filing.filedAt.section,
      state: initial.state,
      context: initial.context,
      machineVersion: MACHINE_VERSION,
      dueAt: nextDueDate(initial.state, initial.context, pack),
      packFrom: pack.validFrom,
      signatories: JSON.stringify(
        filing.signatories.map((signatory, position) => ({
          position,
          name: signatory.name,
          party: signatory.party,
          first_signer: signatory.firstSigner,
        })),
      ),
      filing: { ...filing, facts: initial.context.facts },
      actor,
      signatoryNames: filing.signatories.map((signatory) => signatory.name).join('\n'),
      year,
      numberBefore: pattern.before,
      numberWidth: pattern.width,
      numberAfter: pattern.after,
      textCharacters: filing.title.length + filing.text.length,
      lemmas: lemmaVector(filing.language, filing.title, filing.text),
    });
    if (row) return { ...row, signatories: filing.signatories, handlings: [], attachments: [] };
    // Nothing inserted: a number typed in by hand is taken, or the one drawn had been typed in by hand for an
    // earlier filing, and the next one is drawn.
    if (filing.diaryNumber !== null) {
      throw new StoreError(
        'DUPLICATE_DIARY_NUMBER',
        `Diary number ${filing.diaryNumber} is already in use.`,
        {
          errors: [
            {
              field: 'diaryNumber',
              message: 'already in use in this municipality',
              rule: 'inUse',
              params: { value: filing.diaryNumber },
            },
          ],
        },
      );
    }
  }
}
