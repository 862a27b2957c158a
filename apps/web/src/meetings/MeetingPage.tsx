import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { Heading, Notification } from 'suomifi-ui-components';
import { useBodyName, useMeeting } from '../api/queries';
import type { Me, Meeting } from '../api/types';
import { Panel } from '../common/Panel';
import { QueryView } from '../common/QueryView';
import { formatDate, useI18n } from '../i18n/i18n';
import { useMayAct } from '../session/permissions';
import { Agenda } from './Agenda';
import { DecisionsPanel } from './DecisionsPanel';
import { MeetingActions, MinutesPanel } from './MeetingActions';
import { meetingWhen, takesDecisions } from './meeting-text';

function MeetingView({ meeting, me }: { meeting: Meeting; me: Me }) {
  const { m } = useI18n();
  const bodyName = useBodyName();
  const may = useMayAct(me);
  const manages = may('MANAGE_MEETINGS', meeting.bodyId);
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  return (
    <>
      <p className="eyebrow">
        <RouterLink to={`/bodies/${meeting.bodyId}/meetings?year=${meeting.date.slice(0, 4)}`}>
          {m.meetings.backToCalendar}
        </RouterLink>
      </p>
      <Heading variant="h1" mb="s">
        {m.meetings.meetingTitle(bodyName(meeting.bodyId), formatDate(meeting.date))}
      </Heading>
      <p className="headline-state">
        <span className={`state meeting-${meeting.status}`}>{m.meetings.statuses[meeting.status]}</span>{' '}
        <span className="muted">
          {[meetingWhen(m, meeting), meeting.place].filter(Boolean).join(', ')}
          {meeting.minutesCheckedOn
            ? ` · ${m.meetings.minutesChecked(formatDate(meeting.minutesCheckedOn))}`
            : ''}
        </span>
      </p>
      {saved && (
        <Notification closeText={m.common.close} headingText={m.form.saved} mb="m" role="status">
          {saved}
        </Notification>
      )}
      {manages && <MeetingActions key={`${meeting.status}-${meeting.date}`} meeting={meeting} />}
      <Panel id="agenda" title={m.meetings.agenda}>
        <Agenda items={meeting.items} me={me} />
      </Panel>
      {manages && takesDecisions(meeting) && <DecisionsPanel meeting={meeting} />}
      {manages && <MinutesPanel meeting={meeting} />}
    </>
  );
}

export function MeetingPage({ me }: { me: Me }) {
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  return <QueryView query={meeting}>{(data) => <MeetingView meeting={data} me={me} />}</QueryView>;
}
