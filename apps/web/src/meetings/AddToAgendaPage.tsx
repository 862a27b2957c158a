import { STATEMENT_BODY_KINDS } from '@aloite/domain/vocabulary';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { api, ApiProblem, type FieldError } from '../api/client';
import { keys, useBodies, useInitiative, useMeetings } from '../api/queries';
import type { AgendaItem, AgendaItemPayload, Body, Initiative, Me } from '../api/types';
import { QueryView } from '../common/QueryView';
import { StateLabel } from '../common/status';
import { IntField, SelectField, TextField } from '../forms/fields';
import { FormAlert, FormFields, useFormValues, type FieldValue } from '../forms/form';
import { LeaveWarning, useLeaveWarning } from '../forms/leave-warning';
import { integer, onlyBodyForNext, optional, rows, text, type AsTyped } from '../forms/payload';
import { PeopleField } from '../forms/repeating-fields';
import { useI18n } from '../i18n/i18n';
import { useMayAct } from '../session/permissions';
import { problemText } from '../i18n/problem-text';
import { meetingWhen } from './meeting-text';

function payload(initiativeId: string, values: Record<string, FieldValue>): AsTyped<AgendaItemPayload> {
  // A title typed without a name is sent, so the API names the missing name.
  const presenter = optional(values, 'presenter.name') ?? optional(values, 'presenter.title');
  return {
    ...(text(values, 'section') ? { section: integer(values, 'section') } : {}),
    initiativeIds: [initiativeId],
    preparers: rows<AgendaItemPayload['preparers'][number]>(values, 'preparers'),
    ...(presenter
      ? { presenter: { name: text(values, 'presenter.name'), title: optional(values, 'presenter.title') } }
      : {}),
    proposal: text(values, 'proposal'),
    responseText: optional(values, 'responseText'),
  };
}

function AgendaItemForm({ initiative, bodies }: { initiative: Initiative; bodies: Body[] }) {
  const { m } = useI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { values, set, typed } = useFormValues({
    bodyId: bodies.length === 1 ? bodies[0].id : onlyBodyForNext(bodies, initiative.state),
    meetingId: '',
    section: '',
    preparers: [{ name: '', title: '', email: '' }],
    'presenter.name': '',
    'presenter.title': '',
    proposal: '',
    responseText: '',
  });
  const leaving = useLeaveWarning(typed);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const bodyId = text(values, 'bodyId');
  const meetings = useMeetings(bodyId, null);
  const open = (meetings.data ?? []).filter(
    (meeting) => meeting.status === 'planned' || meeting.status === 'agendaPublished',
  );
  const body = bodies.find((candidate) => candidate.id === bodyId);
  // Another body has other meetings: the meeting chosen for the previous one no longer applies.
  const setValue = (name: string, value: FieldValue) => {
    set(name, value);
    if (name === 'bodyId') set('meetingId', '');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const meetingId = text(values, 'meetingId');
    if (!meetingId) {
      setErrors([{ field: bodyId ? 'meetingId' : 'bodyId', message: '', rule: 'required' }]);
      setRefusal(m.problems.VALIDATION_FAILED({}));
      return;
    }
    try {
      const item = await api<AgendaItem>(`/api/meetings/${meetingId}/items`, {
        method: 'POST',
        body: payload(initiative.id, values),
      });
      await client.invalidateQueries({ queryKey: keys.initiative(initiative.id) });
      leaving.saved();
      void navigate(`/meetings/${meetingId}`, {
        state: { saved: `§ ${item.section} ${item.title}` },
      });
    } catch (error) {
      setErrors(error instanceof ApiProblem ? error.errors : []);
      setRefusal(problemText(m, error));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <LeaveWarning blocker={leaving.blocker} />
      <Paragraph mb="m">{m.meetings.addToAgendaIntro}</Paragraph>
      <FormAlert trigger={refusal}>
        {refusal && (
          <InlineAlert status="error" labelText={m.form.notSavedTitle} mb="m">
            {refusal}
          </InlineAlert>
        )}
      </FormAlert>
      <FormFields values={values} set={setValue} errors={errors}>
        <SelectField
          name="bodyId"
          label={m.meetings.body}
          options={bodies.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
        />
        {meetings.isSuccess && open.length === 0 && <Paragraph mb="m">{m.meetings.noOpenMeetings}</Paragraph>}
        {/* Suomi.fi's dropdown cannot be drawn without options: the meetings appear once a body has some. */}
        {open.length > 0 && (
          <SelectField
            key={bodyId}
            name="meetingId"
            label={m.meetings.meeting}
            options={open.map((meeting) => ({
              value: meeting.id,
              label: `${meetingWhen(m, meeting)} (${m.meetings.statuses[meeting.status]})`,
            }))}
          />
        )}
        <IntField name="section" label={m.fields.section} hint={m.meetings.sectionHint} optional />
        <PeopleField name="preparers" label={m.fields.preparers} />
        <TextField name="presenter.name" label={m.meetings.presenterName} optional />
        <TextField name="presenter.title" label={m.meetings.presenterTitle} optional />
        <TextField name="proposal" label={m.fields.proposal} multiline />
        {body && STATEMENT_BODY_KINDS.includes(body.kind) && (
          <TextField name="responseText" label={m.fields.responseText} multiline optional />
        )}
      </FormFields>
      <div className="form-actions">
        <Button type="submit">{m.meetings.addToAgenda}</Button>
        <Button variant="secondary" onClick={() => void navigate(`/initiatives/${initiative.id}`)}>
          {m.form.cancel}
        </Button>
      </div>
    </form>
  );
}

/** Putting an initiative on a body's agenda: the body, its meeting, the §, the people and the proposal. */
export function AddToAgendaPage({ me }: { me: Me }) {
  const { m } = useI18n();
  const may = useMayAct(me);
  const { id = '' } = useParams();
  const initiative = useInitiative(id);
  const bodies = useBodies();
  return (
    <QueryView query={initiative}>
      {(loaded) => (
        <QueryView query={bodies}>
          {(list) => (
            <>
              <p className="eyebrow">
                <RouterLink to={`/initiatives/${loaded.id}`}>
                  {loaded.diaryNumber} {loaded.title}
                </RouterLink>
              </p>
              <Heading variant="h1" mb="s">
                {m.meetings.addToAgenda}
              </Heading>
              <p className="headline-state">
                <StateLabel state={loaded.state} />
              </p>
              <AgendaItemForm
                initiative={loaded}
                bodies={list.filter((body) => body.active && may('MANAGE_MEETINGS', body.id))}
              />
            </>
          )}
        </QueryView>
      )}
    </QueryView>
  );
}
