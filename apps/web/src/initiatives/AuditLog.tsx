import { useAuditLog, useBodyName } from '../api/queries';
import type { AuditEntry, Handling } from '../api/types';
import { QueryView } from '../common/QueryView';
import { Table } from '../common/Table';
import type { Messages } from '../i18n/fi';
import { formatDate, formatInstant, useI18n } from '../i18n/i18n';

interface Meeting {
  bodyId: string;
  date: string;
  section: number;
}

/** What an entry's payload may carry: the audit log keeps each event as it was recorded. */
interface Recorded {
  meeting?: Meeting;
  filedAt?: Meeting;
  bodyId?: string;
  officeHolder?: { name: string; title: string };
  outcome?: string;
  decisionType?: string;
  requestedBy?: string;
  reason?: string;
  seq?: number;
}

/** Issue 19: each entry says what was done, in the past tense, and by or to whom: never "A → A". */
function entryText(
  entry: AuditEntry,
  handlings: Handling[],
  m: Messages,
  bodyName: (id: string) => string,
): string {
  const recorded = entry.payload as Recorded;
  const meeting = (at: Meeting | undefined) =>
    at ? `${bodyName(at.bodyId)} ${formatDate(at.date)} § ${at.section}` : null;
  const addressee = recorded.bodyId
    ? bodyName(recorded.bodyId)
    : recorded.officeHolder
      ? `${recorded.officeHolder.name}, ${recorded.officeHolder.title}`
      : null;
  const withReason = (text: string) =>
    recorded.reason ? `${text}. ${m.audit.reason(recorded.reason)}` : text;
  const said = (done: string, whom: string | null) => (whom ? `${done}: ${whom}` : done);
  switch (entry.type) {
    case 'FILE':
      return said(m.audit.filed, meeting(recorded.filedAt));
    case 'CORRECT_HANDLING':
      return withReason(
        said(m.audit.corrected, meeting(handlings.find((handling) => handling.seq === recorded.seq))),
      );
    case 'WITHDRAW':
      return recorded.requestedBy
        ? `${m.audit.done.WITHDRAW} (${m.audit.askedBy(recorded.requestedBy)})`
        : m.audit.done.WITHDRAW;
    case 'WAIVE_STATEMENT':
      return withReason(said(m.audit.done.WAIVE_STATEMENT, addressee));
    case 'REFER_TO_BOARD':
    case 'REQUEST_STATEMENT':
    case 'RECORD_STATEMENT':
    case 'RECORD_WRITTEN_STATEMENT':
    case 'REFER_FOR_MEASURES':
    case 'RECORD_BOARD_DECISION':
    case 'RECORD_COUNCIL_DECISION':
    case 'CLOSE_VIA_ANNUAL_LIST':
    case 'DECLARE_LAPSED': {
      const interrupted =
        recorded.decisionType === 'returned' || recorded.decisionType === 'tabled'
          ? recorded.decisionType
          : null;
      const done =
        interrupted !== null
          ? m.audit.done[interrupted]
          : recorded.outcome === 'answerDirectly'
            ? m.audit.done.answerDirectly
            : m.audit.done[entry.type];
      return said(done, meeting(recorded.meeting) ?? addressee);
    }
  }
}

/** The legal record of every step, with who took it; the state column names a change only where there was one. */
export function AuditLog({ id, handlings }: { id: string; handlings: Handling[] }) {
  const { m } = useI18n();
  const bodyName = useBodyName();
  const log = useAuditLog(id);
  return (
    <QueryView query={log}>
      {(entries) => (
        <Table
          caption={m.initiative.auditLog}
          head={[m.audit.time, m.audit.event, m.audit.user, m.audit.transition]}
        >
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td className="nowrap">{formatInstant(entry.occurredAt, m)}</td>
              <td>{entryText(entry, handlings, m, bodyName)}</td>
              <td>{entry.actor}</td>
              <td>
                {entry.fromState && entry.fromState !== entry.toState
                  ? `${m.states[entry.fromState]} → `
                  : ''}
                {m.states[entry.toState]}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </QueryView>
  );
}
