import { ATTACHMENT_JSON } from './attachment-store';

/** An initiative's documents, oldest first: they are added without a transition, so every write reads them. */
export const attachmentsOf = (initiativeId: string) =>
  `coalesce((SELECT json_agg(${ATTACHMENT_JSON} ORDER BY a.uploaded_at, a.id)
    FROM attachment a WHERE a.initiative_id = ${initiativeId}), '[]')`;

/** The rule-pack version the initiative is judged by (domain § 9). */
export const PACK_OF_INITIATIVE = `(SELECT v.rules FROM rule_pack_version v
  WHERE v.municipality_id = i.municipality_id AND v.valid_from = i.rule_pack_from)`;

const rowColumns = (text: string, context: string) => `
  i.id, i.municipality_id AS "municipalityId", i.diary_number AS "diaryNumber", i.title, ${text}i.kind,
  i.submitted_on AS "submittedOn", i.signatory_count AS "signatoryCount",
  i.has_financial_effect AS "hasFinancialEffect",
  json_build_object('bodyId', i.filed_body_id, 'date', i.filed_date, 'section', i.filed_section) AS "filedAt",
  i.state, ${context} AS context, i.machine_version AS "machineVersion", i.version, i.due_at AS "dueAt",
  i.handling_count AS "handlingCount", i.text_characters AS "textCharacters",
  i.created_at AS "createdAt", i.updated_at AS "updatedAt", ${PACK_OF_INITIATIVE} AS pack`;

/** The initiative's row: what a transition is decided on. Its size is bounded without the handlings' texts. */
export const INITIATIVE_COLUMNS = rowColumns('i.text, ', 'i.context');

/**
 * What a list or the dashboard shows of an initiative: the row without its text, and its statement requests
 * without preparers and waiver reasons, so that a page of 200 stays small however large each initiative grew.
 */
export const SUMMARY_COLUMNS = rowColumns(
  '',
  `jsonb_set(i.context, '{statements}', (SELECT coalesce(jsonb_agg(r.request - 'preparers' - 'waiverReason'
     ORDER BY r.position), '[]') FROM jsonb_array_elements(i.context->'statements') WITH ORDINALITY
     AS r(request, position)))`,
);

/** Signatories and handlings of the initiative with the id given, as JSON columns beside it. */
export const signatoriesAndHandlingsOf = (initiativeId: string) => `
  coalesce((SELECT json_agg(json_build_object('name', s.name, 'party', s.party, 'firstSigner', s.first_signer)
      ORDER BY s.position) FROM signatory s WHERE s.initiative_id = ${initiativeId}), '[]') AS signatories,
  coalesce((SELECT json_agg(jsonb_build_object('seq', h.event_seq, 'event', h.event, 'bodyId', h.body_id, 'date', h.date,
      'section', h.section, 'preparers', h.preparers, 'presenter', h.presenter, 'proposal', h.proposal,
      'decision', h.decision, 'decisionType', h.decision_type, 'statementBodyId', h.statement_body_id,
      'responseText', h.response_text, 'resolutions', h.resolutions) || ${HANDLING_CORRECTIONS} ORDER BY h.event_seq)
    FROM handling h WHERE h.initiative_id = ${initiativeId}), '[]') AS handlings`;

/**
 * Domain § 8.5: a handling shows its values as last corrected, and every correction of it, oldest first. The
 * handling row stays as recorded.
 */
const HANDLING_CORRECTIONS = `
  coalesce((SELECT c.corrected FROM handling_correction c
    WHERE c.initiative_id = h.initiative_id AND c.handling_seq = h.event_seq ORDER BY c.event_seq DESC LIMIT 1), '{}')
  || jsonb_build_object('corrections', coalesce((SELECT jsonb_agg(jsonb_build_object('seq', c.event_seq,
      'changes', c.changes, 'reason', c.reason, 'actor', c.actor, 'at', c.corrected_at) ORDER BY c.event_seq)
    FROM handling_correction c WHERE c.initiative_id = h.initiative_id AND c.handling_seq = h.event_seq), '[]'))`;

/** The whole initiative in one round trip: the row, its signatories, handlings and documents. */
export const RECORD_COLUMNS = `${INITIATIVE_COLUMNS}, ${signatoriesAndHandlingsOf('i.id')},
  ${attachmentsOf('i.id')} AS attachments`;

/** The municipality's bodies among the ids given, as the column `bodies`: checked by the caller's rules. */
export const bodiesNamed = (municipalityId: string, ids: string) =>
  `coalesce((SELECT json_agg(json_build_object('id', b.id, 'name', b.name, 'kind', b.kind, 'active', b.active))
    FROM body b WHERE b.municipality_id = ${municipalityId} AND b.id = ANY(${ids}::uuid[])), '[]') AS bodies`;
