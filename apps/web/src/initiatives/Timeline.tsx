import { Link as RouterLink } from 'react-router';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useBodyName } from '../api/queries';
import type { AgendaPlacement, Handling, Me } from '../api/types';
import { formatDate, useI18n } from '../i18n/i18n';
import { AttachmentList } from './Attachments';
import { MinutesText } from './MinutesText';

/** An item waiting on a meeting's agenda: the meeting it will be decided at, with a link to its agenda. */
function OnAgenda({ placement }: { placement: AgendaPlacement }) {
  const { m } = useI18n();
  const bodyName = useBodyName();
  return (
    <li className="handling handling-on-agenda">
      <Heading variant="h3" as="h3" className="handling-title">
        <RouterLink to={`/meetings/${placement.meetingId}`}>
          {m.meetings.onAgenda(bodyName(placement.bodyId), formatDate(placement.date), placement.section)}
        </RouterLink>
      </Heading>
      <p className="handling-meta">
        <span>{m.meetings.agendaEvents[placement.event]}</span>
        <span>{m.meetings.statuses[placement.meetingStatus]}</span>
      </p>
    </li>
  );
}

/**
 * The handlings as council staff read them, in meeting-date order (as the API sends them): each meeting, its
 * proposal beside its decision; then the agenda items still waiting for their meeting's decision.
 */
export function Timeline({
  initiativeId,
  handlings,
  agenda,
  me,
}: {
  initiativeId: string;
  handlings: Handling[];
  agenda: AgendaPlacement[];
  me: Me;
}) {
  const { m } = useI18n();
  const bodyName = useBodyName();
  const waiting = agenda.filter((placement) => placement.open);
  if (handlings.length === 0 && waiting.length === 0)
    return <Paragraph>{m.initiative.noHandlings}</Paragraph>;
  return (
    <ol className="timeline">
      {handlings.map((handling) => {
        const interrupted = handling.decisionType === 'returned' || handling.decisionType === 'tabled';
        return (
          <li key={handling.seq} className={`handling${interrupted ? ' handling-interrupted' : ''}`}>
            <Heading variant="h3" as="h3" className="handling-title">
              {bodyName(handling.bodyId)} {formatDate(handling.date)} § {handling.section}
            </Heading>
            <p className="handling-meta">
              <span>{m.events[handling.event]}</span>
              <span className={`decision-type decision-${handling.decisionType}`}>
                {m.decisionTypes[handling.decisionType]}
              </span>
              {handling.corrections.length > 0 && (
                <span className="handling-corrected">{m.initiative.corrected}</span>
              )}
            </p>
            <Corrections handling={handling} />
            {(handling.preparers.length > 0 || handling.presenter) && (
              <p className="handling-people">
                {handling.preparers.length > 0 && (
                  <span>
                    {m.fields.preparers}:{' '}
                    {handling.preparers
                      .map((preparer) => [preparer.name, preparer.title].filter(Boolean).join(', '))
                      .join('; ')}
                  </span>
                )}
                {handling.presenter && (
                  <span>
                    {m.fields.presenter}: {handling.presenter}
                  </span>
                )}
              </p>
            )}
            <div className="proposal-decision">
              <section>
                <h4>{m.fields.proposal}</h4>
                <p className="long-text">{handling.proposal ?? '–'}</p>
              </section>
              <section>
                <h4>{m.fields.decision}</h4>
                <p className="long-text">{handling.decision ?? '–'}</p>
              </section>
            </div>
            {handling.responseText && (
              <section>
                <h4>{m.fields.responseText}</h4>
                <p className="long-text">{handling.responseText}</p>
              </section>
            )}
            {handling.resolutions.length > 0 && (
              <section>
                <h4>{m.fields.resolutions}</h4>
                <ul>
                  {handling.resolutions.map((resolution, index) => (
                    <li key={index}>{resolution}</li>
                  ))}
                </ul>
              </section>
            )}
            <AttachmentList attachments={handling.attachments} me={me} />
            <MinutesText initiativeId={initiativeId} seq={handling.seq} />
          </li>
        );
      })}
      {waiting.map((placement) => (
        <OnAgenda key={placement.itemId} placement={placement} />
      ))}
    </ol>
  );
}

const CORRECTED_FIELD_LABELS = {
  section: 'section',
  date: 'meetingDate',
  proposal: 'proposal',
  decision: 'decision',
  responseText: 'responseText',
  preparers: 'preparers',
  presenter: 'presenter',
} as const;

/** Domain § 8.5: the values shown are the corrected ones; each correction names what it changed and why. */
function Corrections({ handling }: { handling: Handling }) {
  const { m } = useI18n();
  if (handling.corrections.length === 0) return null;
  return (
    <ul className="handling-corrections">
      {handling.corrections.map((correction) => {
        const fields = Object.keys(correction.changes)
          .map((field) => m.fields[CORRECTED_FIELD_LABELS[field as keyof typeof CORRECTED_FIELD_LABELS]])
          .join(', ');
        return <li key={correction.seq}>{m.initiative.correctedFrom(fields, correction.reason)}</li>;
      })}
    </ul>
  );
}
