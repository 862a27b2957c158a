import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button, Heading, InlineAlert, Notification, Paragraph } from 'suomifi-ui-components';
import { api, ApiProblem, type FieldError } from '../api/client';
import { useBodies, useMeetings } from '../api/queries';
import type { Body, Me, MeetingSummary, PlannedMeeting } from '../api/types';
import { Panel } from '../common/Panel';
import { QueryView } from '../common/QueryView';
import { Table } from '../common/Table';
import { IntField, SelectField, TextField } from '../forms/fields';
import { FormAlert, FormFields, useFormValues } from '../forms/form';
import { LeaveWarning, useLeaveWarning } from '../forms/leave-warning';
import { optional, rows, text } from '../forms/payload';
import { RowsField } from '../forms/repeating-fields';
import { formatDate, toIsoDate, useI18n } from '../i18n/i18n';
import { useMayAct } from '../session/permissions';
import { problemText } from '../i18n/problem-text';

function Calendar({ meetings }: { meetings: MeetingSummary[] }) {
  const { m } = useI18n();
  if (meetings.length === 0) return <Paragraph>{m.meetings.none}</Paragraph>;
  return (
    <Table
      caption={m.meetings.calendarTitle}
      head={[m.meetings.date, m.meetings.time, m.meetings.place, m.meetings.status]}
    >
      {meetings.map((meeting) => (
        <tr key={meeting.id}>
          <td>
            <RouterLink to={`/meetings/${meeting.id}`}>{formatDate(meeting.date)}</RouterLink>
          </td>
          <td>{meeting.startTime ? m.meetings.at(meeting.startTime) : ''}</td>
          <td>{meeting.place ?? ''}</td>
          <td>{m.meetings.statuses[meeting.status]}</td>
        </tr>
      ))}
    </Table>
  );
}

type Planned = { kind: 'idle' } | { kind: 'saved'; count: number } | { kind: 'refused'; detail: string };

/** One meeting or a year's calendar: several dates and times, one place, all planned or none. */
function PlanMeetingsForm({ bodyId }: { bodyId: string }) {
  const { m } = useI18n();
  const client = useQueryClient();
  const empty = { date: '', startTime: '' };
  const { values, set, typed, saved } = useFormValues({ meetings: [empty], place: '' });
  const leaving = useLeaveWarning(typed);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [outcome, setOutcome] = useState<Planned>({ kind: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const place = optional(values, 'place');
    const meetings = rows<{ date: string; startTime: string }>(values, 'meetings').map((row) => ({
      date: toIsoDate(row.date ?? ''),
      startTime: row.startTime ?? '',
      ...(place ? { place } : {}),
    })) satisfies PlannedMeeting[];
    try {
      const planned = await api<MeetingSummary[]>(`/api/bodies/${bodyId}/meetings`, {
        method: 'POST',
        body: { meetings },
      });
      setErrors([]);
      set('meetings', [empty]);
      saved();
      setOutcome({ kind: 'saved', count: planned.length });
      await client.invalidateQueries({ queryKey: ['meetings'] });
    } catch (error) {
      setErrors(error instanceof ApiProblem ? error.errors : []);
      setOutcome({ kind: 'refused', detail: problemText(m, error) });
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <LeaveWarning blocker={leaving.blocker} />
      <Paragraph mb="s">{m.meetings.planIntro}</Paragraph>
      <FormAlert trigger={outcome.kind === 'idle' ? null : outcome}>
        {outcome.kind === 'saved' && (
          <Notification closeText={m.common.close} headingText={m.form.saved} mb="m" role="status">
            {m.meetings.planned(outcome.count)}
          </Notification>
        )}
        {outcome.kind === 'refused' && (
          <InlineAlert status="error" labelText={m.form.notSavedTitle} mb="m">
            {outcome.detail}
          </InlineAlert>
        )}
      </FormAlert>
      <FormFields values={values} set={set} errors={errors}>
        <RowsField
          name="meetings"
          label={m.meetings.calendarTitle}
          addLabel={m.meetings.addMeetingRow}
          parts={[
            { key: 'date', label: m.meetings.date, kind: 'text' },
            { key: 'startTime', label: m.meetings.time, kind: 'text' },
          ]}
        />
        <Paragraph mb="s" className="muted">
          {m.form.dateHint}. {m.meetings.timeHint}.
        </Paragraph>
        <TextField name="place" label={m.meetings.place} optional />
      </FormFields>
      <Button type="submit">{m.meetings.planSubmit}</Button>
    </form>
  );
}

function BodyPicker({ bodies, bodyId, year }: { bodies: Body[]; bodyId: string; year: number }) {
  const { m } = useI18n();
  const navigate = useNavigate();
  const { values, set } = useFormValues({ bodyId, year: String(year) });
  const show = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`/bodies/${text(values, 'bodyId')}/meetings?year=${text(values, 'year')}`);
  };
  return (
    <form onSubmit={show} className="filters" noValidate>
      <FormFields values={values} set={set} errors={[]}>
        <SelectField
          name="bodyId"
          label={m.meetings.body}
          options={bodies.filter((body) => body.active).map((body) => ({ value: body.id, label: body.name }))}
        />
        <IntField name="year" label={m.meetings.year} />
      </FormFields>
      <Button type="submit">{m.meetings.show}</Button>
    </form>
  );
}

function CalendarView({ me, bodies }: { me: Me; bodies: Body[] }) {
  const { m } = useI18n();
  const may = useMayAct(me);
  const params = useParams();
  const [search] = useSearchParams();
  const year = Number(search.get('year')) || new Date().getFullYear();
  // Without a body in the address: the first body the user keeps meetings for, else the first there is.
  const active = bodies.filter((body) => body.active);
  const bodyId =
    params.bodyId ?? (active.find((body) => may('MANAGE_MEETINGS', body.id)) ?? active[0])?.id ?? '';
  const body = bodies.find((candidate) => candidate.id === bodyId);
  const meetings = useMeetings(bodyId, year);
  return (
    <>
      <Heading variant="h1" mb="s">
        {m.meetings.calendarTitle}
      </Heading>
      <BodyPicker key={`${bodyId}-${year}`} bodies={bodies} bodyId={bodyId} year={year} />
      <Panel id="calendar" title={`${body?.name ?? ''} ${year}`}>
        <QueryView query={meetings}>{(list) => <Calendar meetings={list} />}</QueryView>
      </Panel>
      {body && may('MANAGE_MEETINGS', body.id) && (
        <Panel id="plan" title={m.meetings.plan}>
          <PlanMeetingsForm bodyId={body.id} />
        </Panel>
      )}
    </>
  );
}

export function MeetingCalendarPage({ me }: { me: Me }) {
  const bodies = useBodies();
  return <QueryView query={bodies}>{(list) => <CalendarView me={me} bodies={list} />}</QueryView>;
}
