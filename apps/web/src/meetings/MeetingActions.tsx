import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, InlineAlert, Notification } from 'suomifi-ui-components';
import { api, ApiProblem, type FieldError } from '../api/client';
import { keys } from '../api/queries';
import type { Meeting, MinutesChecked } from '../api/types';
import { Panel } from '../common/Panel';
import { DateField, TextField } from '../forms/fields';
import { FormAlert, FormFields, useFormValues } from '../forms/form';
import { date, optional, text } from '../forms/payload';
import { formatDate, useI18n } from '../i18n/i18n';
import { problemText } from '../i18n/problem-text';

type Outcome = { kind: 'idle' } | { kind: 'saved'; text: string } | { kind: 'refused'; text: string };

/** A request that changes the meeting: what it answered, or why it was refused, in the clerk's language. */
function useMeetingChange(meetingId: string) {
  const { m } = useI18n();
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const send = async <T,>(
    path: string,
    method: 'PATCH' | 'POST',
    body: unknown,
    saved: (answer: T) => string,
  ) => {
    try {
      const answer = await api<T>(path, { method, body });
      setErrors([]);
      setOutcome({ kind: 'saved', text: saved(answer) });
      await client.invalidateQueries({ queryKey: keys.meeting(meetingId) });
      await client.invalidateQueries({ queryKey: ['meetings'] });
    } catch (error) {
      setErrors(error instanceof ApiProblem ? error.errors : []);
      setOutcome({ kind: 'refused', text: problemText(m, error) });
    }
  };
  const alert = (
    <FormAlert trigger={outcome.kind === 'idle' ? null : outcome}>
      {outcome.kind === 'saved' && (
        <Notification closeText={m.common.close} headingText={m.form.saved} mb="m" role="status">
          {outcome.text}
        </Notification>
      )}
      {outcome.kind === 'refused' && (
        <InlineAlert status="error" labelText={m.form.notSavedTitle} mb="m">
          {outcome.text}
        </InlineAlert>
      )}
    </FormAlert>
  );
  return { send, errors, alert };
}

/** Publish the agenda, move the meeting (while planned), cancel it (until it is held). */
export function MeetingActions({ meeting }: { meeting: Meeting }) {
  const { m } = useI18n();
  const { send, errors, alert } = useMeetingChange(meeting.id);
  const { values, set } = useFormValues({
    date: formatDate(meeting.date),
    startTime: meeting.startTime ?? '',
    place: meeting.place ?? '',
  });
  // Cancelling cannot be undone: the secretary confirms it first.
  const [cancelling, setCancelling] = useState(false);
  const change = (body: unknown) =>
    send(`/api/meetings/${meeting.id}`, 'PATCH', body, () => m.meetings.changed);
  const move = (event: FormEvent) => {
    event.preventDefault();
    void change({
      date: date(values, 'date'),
      startTime: text(values, 'startTime'),
      place: optional(values, 'place'),
    });
  };
  if (meeting.status !== 'planned' && meeting.status !== 'agendaPublished') return null;
  return (
    <Panel id="meeting-actions" title={m.meetings.actions}>
      {alert}
      <div className="action-buttons">
        {meeting.status === 'planned' && (
          <Button variant="secondary" onClick={() => void change({ status: 'agendaPublished' })}>
            {m.meetings.publishAgenda}
          </Button>
        )}
        <Button variant="secondary" onClick={() => setCancelling(true)}>
          {m.meetings.cancelMeeting}
        </Button>
      </div>
      {cancelling && (
        <InlineAlert status="warning" mb="m">
          <p>{m.meetings.cancelConfirm}</p>
          <div className="action-buttons">
            <Button onClick={() => void change({ status: 'cancelled' })}>{m.meetings.cancelMeeting}</Button>
            <Button variant="secondary" onClick={() => setCancelling(false)}>
              {m.meetings.keepMeeting}
            </Button>
          </div>
        </InlineAlert>
      )}
      {meeting.status === 'planned' && (
        <form onSubmit={move} noValidate className="group">
          <FormFields values={values} set={set} errors={errors}>
            <DateField name="date" label={m.meetings.date} />
            <TextField name="startTime" label={m.meetings.time} hint={m.meetings.timeHint} />
            <TextField name="place" label={m.meetings.place} optional />
          </FormFields>
          <Button type="submit" variant="secondary">
            {m.meetings.moveSubmit}
          </Button>
        </form>
      )}
    </Panel>
  );
}

/** The minutes checked on a day: the documents waiting for it become public, and the clerk sees which. */
export function MinutesPanel({ meeting }: { meeting: Meeting }) {
  const { m } = useI18n();
  const { send, errors, alert } = useMeetingChange(meeting.id);
  const { values, set } = useFormValues({ date: '' });
  const [checked, setChecked] = useState(false);
  if (meeting.status !== 'held' && !checked) return null;
  const fileName = (id: string) =>
    meeting.items.flatMap((item) => item.attachments).find((attachment) => attachment.id === id)?.fileName ??
    id;
  const published = (answer: MinutesChecked) =>
    [
      m.meetings.minutesChecked(formatDate(answer.minutesCheckedOn)),
      answer.published.length > 0
        ? `${m.meetings.publishedDocuments} ${answer.published.map(fileName).join(', ')}`
        : m.meetings.noneBecamePublic,
    ].join(' ');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    await send(
      `/api/meetings/${meeting.id}/minutes-checked`,
      'POST',
      { date: date(values, 'date') },
      published,
    );
  };
  return (
    <Panel id="minutes" title={m.meetings.minutes}>
      {alert}
      {meeting.status === 'held' && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p>{m.meetings.minutesIntro}</p>
          <FormFields values={values} set={set} errors={errors}>
            <DateField name="date" label={m.meetings.minutesDate} />
          </FormFields>
          <Button type="submit">{m.meetings.minutesSubmit}</Button>
        </form>
      )}
    </Panel>
  );
}
