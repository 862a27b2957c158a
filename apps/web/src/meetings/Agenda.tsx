import { Link as RouterLink } from 'react-router';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { AgendaItem, Me } from '../api/types';
import { formatDate, useI18n } from '../i18n/i18n';
import { AttachmentList } from '../initiatives/Attachments';

function AgendaEntry({ item, me }: { item: AgendaItem; me: Me }) {
  const { m } = useI18n();
  return (
    <li className="handling">
      <Heading variant="h3" as="h3" className="handling-title">
        § {item.section} {item.title}
      </Heading>
      <p className="handling-meta">
        <span>{m.meetings.agendaEvents[item.event]}</span>
        {item.decisionType && (
          <span className={`decision-type decision-${item.decisionType}`}>
            {m.decisionTypes[item.decisionType]}
            {item.decidedOn ? ` – ${m.meetings.decidedOn(formatDate(item.decidedOn))}` : ''}
          </span>
        )}
      </p>
      <h4>{m.meetings.initiatives}</h4>
      <ul>
        {item.initiatives.map((initiative) => (
          <li key={initiative.id}>
            <RouterLink to={`/initiatives/${initiative.id}`}>
              {initiative.diaryNumber} {initiative.title}
            </RouterLink>{' '}
            <span className="muted">({m.states[initiative.state]})</span>
          </li>
        ))}
      </ul>
      {(item.preparers.length > 0 || item.presenter) && (
        <p className="handling-people">
          {item.preparers.length > 0 && (
            <span>
              {m.fields.preparers}:{' '}
              {item.preparers
                .map((preparer) => [preparer.name, preparer.title].filter(Boolean).join(', '))
                .join('; ')}
            </span>
          )}
          {item.presenter && (
            <span>
              {m.fields.presenter}: {[item.presenter.name, item.presenter.title].filter(Boolean).join(', ')}
            </span>
          )}
        </p>
      )}
      <div className="proposal-decision">
        <section>
          <h4>{m.fields.proposal}</h4>
          <p className="long-text">{item.proposal}</p>
        </section>
        <section>
          <h4>{m.fields.decision}</h4>
          <p className="long-text">{item.decision ?? '–'}</p>
        </section>
      </div>
      {item.responseText && (
        <section>
          <h4>{m.fields.responseText}</h4>
          <p className="long-text">{item.responseText}</p>
        </section>
      )}
      {item.resolutions.length > 0 && (
        <section>
          <h4>{m.fields.resolutions}</h4>
          <ul>
            {item.resolutions.map((resolution, index) => (
              <li key={index}>{resolution}</li>
            ))}
          </ul>
        </section>
      )}
      {item.attachments.length > 0 && (
        <section>
          <h4>{m.meetings.documents}</h4>
          <AttachmentList attachments={item.attachments} me={me} />
        </section>
      )}
    </li>
  );
}

/** The agenda as it is read before and after the meeting: each § with its proposal beside its decision. */
export function Agenda({ items, me }: { items: AgendaItem[]; me: Me }) {
  const { m } = useI18n();
  if (items.length === 0) return <Paragraph>{m.meetings.noItems}</Paragraph>;
  return (
    <ol className="timeline">
      {items.map((item) => (
        <AgendaEntry key={item.id} item={item} me={me} />
      ))}
    </ol>
  );
}
