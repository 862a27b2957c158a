import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Heading, InlineAlert, Notification, Paragraph } from 'suomifi-ui-components';
import { api, ApiProblem } from '../api/client';
import { Panel } from '../common/Panel';
import { QueryView } from '../common/QueryView';
import { Table } from '../common/Table';
import { formatInstant, useI18n } from '../i18n/i18n';
import type { Me, ReminderSettings } from '../api/types';
import { problemText } from '../i18n/problem-text';
import { RoleForbids } from '../common/RoleForbids';
import { useMayAct } from '../session/permissions';

interface OutboxEntry {
  id: string;
  recipient: string;
  subject: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

interface Run {
  queued: number;
  sent: number;
  failed: number;
}

/** Deadline reminders: what was sent, what failed and why, and a button for today's run. */
function Reminders() {
  const { m } = useI18n();
  const client = useQueryClient();
  const outbox = useQuery({
    queryKey: ['outbox'],
    queryFn: () => api<OutboxEntry[]>('/api/reminders/outbox'),
  });
  const settings = useQuery({
    queryKey: ['reminder-settings'],
    queryFn: () => api<ReminderSettings>('/api/reminders/settings'),
  });
  const [result, setResult] = useState<Run | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const runNow = async () => {
    setProblem(null);
    try {
      setResult(await api<Run>('/api/reminders/run', { method: 'POST' }));
      await client.invalidateQueries({ queryKey: ['outbox'] });
    } catch (error) {
      setResult(null);
      setProblem(
        error instanceof ApiProblem && error.code === 'REMINDERS_OFF'
          ? m.reminders.off
          : problemText(m, error),
      );
    }
  };

  return (
    <>
      <Paragraph mb="m">{m.reminders.intro}</Paragraph>
      <div role="status">
        {result && (
          <Notification closeText={m.common.close} headingText={m.reminders.ran} mb="m">
            {m.reminders.result(result.queued, result.sent, result.failed)}
          </Notification>
        )}
      </div>
      {problem && (
        <InlineAlert status="warning" mb="m">
          {problem}
        </InlineAlert>
      )}
      {settings.data?.emailConfigured === false ? (
        <InlineAlert status="warning" mb="l">
          {m.reminders.off}
        </InlineAlert>
      ) : (
        <Button onClick={() => void runNow()} mb="l" disabled={settings.isPending}>
          {m.reminders.runNow}
        </Button>
      )}
      <Panel id="outbox" title={m.reminders.outbox}>
        <QueryView query={outbox}>
          {(entries) =>
            entries.length === 0 ? (
              <Paragraph>{m.reminders.empty}</Paragraph>
            ) : (
              <Table
                caption={m.reminders.outbox}
                head={[m.reminders.created, m.reminders.recipient, m.reminders.subject, m.reminders.status]}
              >
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <td className="nowrap">{formatInstant(entry.createdAt, m)}</td>
                    <td>{entry.recipient}</td>
                    <td>{entry.subject}</td>
                    <td>
                      <span className={`outbox-${entry.status}`}>{m.reminders.statuses[entry.status]}</span>
                      {entry.sentAt ? ` ${formatInstant(entry.sentAt, m)}` : ''}
                      {entry.lastError ? ` – ${entry.lastError}` : ''}
                    </td>
                  </tr>
                ))}
              </Table>
            )
          }
        </QueryView>
      </Panel>
    </>
  );
}

export function RemindersPage({ me }: { me: Me }) {
  const { m } = useI18n();
  const may = useMayAct(me);
  return (
    <>
      <Heading variant="h1" mb="s">
        {m.reminders.title}
      </Heading>
      <RoleForbids may={may('RUN_REMINDERS')} action="RUN_REMINDERS">
        <Reminders />
      </RoleForbids>
    </>
  );
}
