import { INITIATIVE_STATES } from '@aloite/domain/vocabulary';
import { Link as RouterNavLink } from 'react-router';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useBodyName, useDashboard } from '../api/queries';
import type { Dashboard, Me } from '../api/types';
import { Panel } from '../common/Panel';
import { QueryView } from '../common/QueryView';
import { DeadlineKindLabel, DeadlineLabel, StateLabel } from '../common/status';
import { Table } from '../common/Table';
import { formatDate, useI18n } from '../i18n/i18n';
import { useMayAct } from '../session/permissions';
import { MyTasks } from './MyTasks';

function InitiativeLink({ id, children }: { id: string; children: string }) {
  return (
    <RouterLink asComponent={RouterNavLink} to={`/initiatives/${id}`}>
      {children}
    </RouterLink>
  );
}

function MyRequests({ requests }: { requests: Dashboard['myRequests'] }) {
  const { m } = useI18n();
  const bodyName = useBodyName();
  return (
    <Panel id="my-requests" title={m.dashboard.myRequests}>
      {requests.length === 0 ? (
        <Paragraph>{m.dashboard.noMyRequests}</Paragraph>
      ) : (
        <Table
          caption={m.dashboard.myRequests}
          head={[
            m.fields.diaryNumber,
            m.fields.title,
            m.fields.body,
            m.fields.dueDate,
            m.fields.deadlineStatus,
          ]}
        >
          {requests.map((request) => (
            <tr key={`${request.initiativeId}-${request.bodyId}`}>
              <td>{request.diaryNumber}</td>
              <td>
                <InitiativeLink id={request.initiativeId}>{request.title}</InitiativeLink>
              </td>
              <td>{bodyName(request.bodyId)}</td>
              <td>{formatDate(request.dueDate)}</td>
              <td>
                <DeadlineLabel status={request.status} />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </Panel>
  );
}

function DashboardView({ dashboard, me }: { dashboard: Dashboard; me: Me }) {
  const { m } = useI18n();
  const bodyName = useBodyName();
  const overdue = dashboard.deadlines.filter((deadline) => deadline.status === 'overdue').length;
  const dueSoon = dashboard.deadlines.length - overdue;
  // The requests a user answers are those of the bodies they record statements for.
  const servesBodies = useMayAct(me)('RECORD_STATEMENT');
  return (
    <>
      {servesBodies && <MyRequests requests={dashboard.myRequests} />}
      {dashboard.myTasks && <MyTasks tasks={dashboard.myTasks} />}
      <Panel id="by-state" title={m.dashboard.byState}>
        <ul className="state-counts">
          {INITIATIVE_STATES.map((state) => (
            <li key={state}>
              <RouterLink
                asComponent={RouterNavLink}
                to={`/initiatives?state=${state}`}
                className="state-count"
              >
                <span className="count">{dashboard.byState[state]}</span>
                <StateLabel state={state} />
              </RouterLink>
            </li>
          ))}
        </ul>
      </Panel>
      <Panel id="deadlines" title={m.dashboard.deadlines}>
        <Paragraph mb="s">{m.dashboard.deadlineSummary(overdue, dueSoon)}</Paragraph>
        {dashboard.deadlines.length > 0 && (
          <Table
            caption={m.dashboard.deadlines}
            head={[
              m.fields.diaryNumber,
              m.fields.title,
              m.fields.deadline,
              m.fields.dueDate,
              m.fields.deadlineStatus,
            ]}
          >
            {dashboard.deadlines.map((deadline) => (
              <tr key={`${deadline.initiativeId}-${deadline.kind}-${deadline.bodyId ?? ''}`}>
                <td>{deadline.diaryNumber}</td>
                <td>
                  <InitiativeLink id={deadline.initiativeId}>{deadline.title}</InitiativeLink>
                </td>
                <td>
                  <DeadlineKindLabel deadline={deadline} />
                </td>
                <td>{formatDate(deadline.dueDate)}</td>
                <td>
                  <DeadlineLabel status={deadline.status} />
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Panel>
      <Panel id="open-requests" title={m.dashboard.openRequests}>
        {dashboard.openRequestsByBody.length === 0 ? (
          <Paragraph>{m.dashboard.noOpenRequests}</Paragraph>
        ) : (
          <Table
            caption={m.dashboard.openRequests}
            head={[m.fields.body, m.dashboard.open, m.dashboard.overdue]}
          >
            {dashboard.openRequestsByBody.map((row) => (
              <tr key={row.bodyId}>
                <td>
                  <RouterLink
                    asComponent={RouterNavLink}
                    to={`/initiatives?bodyId=${row.bodyId}&state=awaitingStatements`}
                  >
                    {bodyName(row.bodyId)}
                  </RouterLink>
                </td>
                <td>{row.open}</td>
                <td>{row.overdue}</td>
              </tr>
            ))}
          </Table>
        )}
      </Panel>
      <Panel id="oldest" title={m.dashboard.oldestOpen}>
        <Table
          caption={m.dashboard.oldestOpen}
          head={[m.fields.diaryNumber, m.fields.title, m.fields.submittedOn, m.fields.state]}
        >
          {dashboard.oldestOpen.map((initiative) => (
            <tr key={initiative.id}>
              <td>{initiative.diaryNumber}</td>
              <td>
                <InitiativeLink id={initiative.id}>{initiative.title}</InitiativeLink>
              </td>
              <td>{formatDate(initiative.submittedOn)}</td>
              <td>
                <StateLabel state={initiative.state} />
              </td>
            </tr>
          ))}
        </Table>
      </Panel>
    </>
  );
}

export function DashboardPage({ me }: { me: Me }) {
  const { m } = useI18n();
  const dashboard = useDashboard();
  return (
    <>
      <Heading variant="h1" mb="m">
        {m.dashboard.title}
      </Heading>
      <QueryView query={dashboard}>{(data) => <DashboardView dashboard={data} me={me} />}</QueryView>
    </>
  );
}
