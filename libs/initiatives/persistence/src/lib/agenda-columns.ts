import { ATTACHMENT_JSON } from './attachment-store';

/** One agenda item (alias `ai`) as JSON: its initiatives in agenda order, its documents and its change log. */
export const AGENDA_ITEM_JSON = `json_build_object('id', ai.id, 'meetingId', ai.meeting_id, 'section', ai.section,
  'title', ai.title, 'event', ai.event, 'preparers', ai.preparers, 'presenter', ai.presenter,
  'proposal', ai.proposal, 'responseText', ai.response_text, 'answerDirectly', ai.answer_directly,
  'decision', ai.decision,
  'initiatives', coalesce((SELECT json_agg(json_build_object('id', i.id, 'diaryNumber', i.diary_number,
      'title', i.title, 'state', i.state, 'eventSeq', x.event_seq) ORDER BY x.position)
    FROM agenda_item_initiative x JOIN initiative i ON i.id = x.initiative_id WHERE x.agenda_item_id = ai.id), '[]'),
  'attachments', coalesce((SELECT json_agg(${ATTACHMENT_JSON} ORDER BY a.uploaded_at, a.id)
    FROM attachment a WHERE a.agenda_item_id = ai.id), '[]'),
  'changes', coalesce((SELECT json_agg(json_build_object('before', c.before, 'after', c.after, 'reason', c.reason,
      'actor', c.actor, 'occurredAt', c.occurred_at) ORDER BY c.id)
    FROM agenda_item_change c WHERE c.agenda_item_id = ai.id), '[]'))`;
