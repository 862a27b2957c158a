import { Link as RouterNavLink } from 'react-router';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useBodyName } from '../api/queries';
import type { Dashboard } from '../api/types';
import { Panel } from '../common/Panel';
import { DeadlineLabel } from '../common/status';
import { formatDate, useI18n } from '../i18n/i18n';

type Tasks = NonNullable<Dashboard['myTasks']>;

interface Task {
  key: string;
  to: string;
  text: string;
  detail?: string;
}

/** One kind of task: how many, the first few each linked to where it is done, and the rest in the list. */
function TaskGroup({
  id,
  title,
  tasks,
  total,
  all,
}: {
  id: string;
  title: string;
  tasks: Task[];
  total: number;
  all: string;
}) {
  const { m } = useI18n();
  if (total === 0) return null;
  return (
    <section aria-labelledby={id} className="task-group">
      <Heading variant="h3" as="h3" id={id}>
        {title}
      </Heading>
      <ul className="tasks">
        {tasks.map((task) => (
          <li key={task.key}>
            <RouterLink asComponent={RouterNavLink} to={task.to}>
              {task.text}
            </RouterLink>
            {task.detail && <span className="muted"> – {task.detail}</span>}
          </li>
        ))}
      </ul>
      {total > tasks.length && (
        <RouterLink asComponent={RouterNavLink} to={all}>
          {m.tasks.showAll(total)}
        </RouterLink>
      )}
    </section>
  );
}

/** Issue 19: the registry's work, each task linked to the form or page where it is done. */
export function MyTasks({ tasks }: { tasks: Tasks }) {
  const { m } = useI18n();
  const bodyName = useBodyName();
  const initiative = (row: { diaryNumber: string; title: string }) => `${row.diaryNumber} ${row.title}`;
  const none =
    tasks.toReferTotal + tasks.overdueRequestsTotal + tasks.boardDecisionsTotal === 0 && !tasks.annualList;
  return (
    <Panel id="my-tasks" title={m.tasks.title}>
      {none && <Paragraph>{m.tasks.none}</Paragraph>}
      {tasks.annualList && (
        <p className="task-group">
          <RouterLink asComponent={RouterNavLink} to={`/annual-list?year=${tasks.annualList.year}`}>
            {m.tasks.annualList(tasks.annualList.year, formatDate(tasks.annualList.dueDate))}
          </RouterLink>{' '}
          <DeadlineLabel status={tasks.annualList.status} />
        </p>
      )}
      <TaskGroup
        id="tasks-to-refer"
        title={m.tasks.toRefer(tasks.toReferTotal)}
        total={tasks.toReferTotal}
        all="/initiatives?state=registered"
        tasks={tasks.toRefer.map((row) => ({
          key: row.initiativeId,
          to: `/initiatives/${row.initiativeId}/events/REFER_TO_BOARD`,
          text: initiative(row),
          detail: formatDate(row.submittedOn),
        }))}
      />
      <TaskGroup
        id="tasks-overdue-requests"
        title={m.tasks.overdueRequests(tasks.overdueRequestsTotal)}
        total={tasks.overdueRequestsTotal}
        all="/initiatives?state=awaitingStatements&deadline=overdue"
        tasks={tasks.overdueRequests.map((row) => ({
          key: `${row.initiativeId}-${row.bodyId ?? row.officeHolder ?? ''}`,
          to: `/initiatives/${row.initiativeId}`,
          text: initiative(row),
          detail: m.tasks.requestOf(
            row.bodyId ? bodyName(row.bodyId) : (row.officeHolder ?? ''),
            formatDate(row.dueDate),
          ),
        }))}
      />
      <TaskGroup
        id="tasks-board-decisions"
        title={m.tasks.boardDecisions(tasks.boardDecisionsTotal)}
        total={tasks.boardDecisionsTotal}
        all="/initiatives?state=boardPreparation"
        tasks={tasks.boardDecisions.map((row) => ({
          key: row.initiativeId,
          to: `/initiatives/${row.initiativeId}/events/RECORD_BOARD_DECISION`,
          text: initiative(row),
          detail: formatDate(row.submittedOn),
        }))}
      />
    </Panel>
  );
}
