import type { EventType } from '@aloite/domain';
import { Link as RouterNavLink, useLocation, useNavigate, useParams } from 'react-router';
import { Button, Heading, Link, Notification, Paragraph } from 'suomifi-ui-components';
import { useBodyName, useInitiative, useMunicipality } from '../api/queries';
import type { Initiative, Me } from '../api/types';
import { languageName, municipalityLanguages } from '../common/LanguageChoice';
import { DetailList } from '../common/DetailList';
import { Panel } from '../common/Panel';
import { Links } from './Links';
import { QueryView } from '../common/QueryView';
import { DeadlineKindLabel, DeadlineLabel, StateLabel } from '../common/status';
import { Table, TableOrCards } from '../common/Table';
import { formatDate, useI18n } from '../i18n/i18n';
import { useMayAct } from '../session/permissions';
import { AttachmentList, mayUpload, UploadForm } from './Attachments';
import { AuditLog } from './AuditLog';
import { DocumentNotAdded, type DocumentFailure } from './document-fields';
import { InitiativeText } from './InitiativeText';
import { Timeline } from './Timeline';

function Details({ initiative }: { initiative: Initiative }) {
  const { m } = useI18n();
  const bodyName = useBodyName();
  const { data: municipality } = useMunicipality();
  const rows: [string, string][] = [
    [m.fields.diaryNumber, initiative.diaryNumber],
    [m.fields.kind, m.kinds[initiative.kind]],
    [m.fields.submittedOn, formatDate(initiative.submittedOn)],
    [
      m.fields.filedAt,
      `${bodyName(initiative.filedAt.bodyId)} ${formatDate(initiative.filedAt.date)} § ${initiative.filedAt.section}`,
    ],
    [m.fields.signatoryCount, String(initiative.signatoryCount)],
    [m.fields.hasFinancialEffect, initiative.hasFinancialEffect ? m.common.yes : m.common.no],
  ];
  // Worth saying where it could be another: a bilingual municipality, or one that was bilingual when it was filed.
  const bilingual = municipality && municipalityLanguages(municipality).length > 1;
  if (municipality && (bilingual || initiative.language !== municipality.language)) {
    rows.splice(2, 0, [m.languages.initiative, languageName(m, initiative.language)]);
  }
  return <DetailList rows={rows} />;
}

function Actions({ initiative, me }: { initiative: Initiative; me: Me }) {
  const { m } = useI18n();
  const navigate = useNavigate();
  const may = useMayAct(me);
  // Whether a body has something to decide on it is the API's to say; an ended initiative has nothing left.
  const toAgenda = may('MANAGE_MEETINGS') && initiative.endedOn === null;
  return (
    <Panel id="actions" title={m.initiative.actions}>
      {initiative.allowedEvents.length === 0 && !toAgenda ? (
        <Paragraph>{m.initiative.noActions}</Paragraph>
      ) : (
        <div className="action-buttons">
          {initiative.allowedEvents.map((type) => (
            <Button
              key={type}
              variant="secondary"
              onClick={() => void navigate(`/initiatives/${initiative.id}/events/${type}`)}
            >
              {m.events[type]}
            </Button>
          ))}
          {toAgenda && (
            <Button variant="secondary" onClick={() => void navigate(`/initiatives/${initiative.id}/agenda`)}>
              {m.meetings.addToAgenda}
            </Button>
          )}
        </div>
      )}
    </Panel>
  );
}

function Statements({ initiative }: { initiative: Initiative }) {
  const { m } = useI18n();
  const bodyName = useBodyName();
  if (initiative.statements.length === 0) return <Paragraph>{m.initiative.noStatements}</Paragraph>;
  return (
    <TableOrCards
      caption={m.initiative.statements}
      head={[
        m.fields.body,
        m.fields.requestedOn,
        m.fields.dueDate,
        m.fields.preparers,
        m.fields.statementStatus,
      ]}
      rows={initiative.statements.map((request, index) => ({
        key: index,
        cells: [
          request.officeHolder
            ? `${request.officeHolder.name}, ${request.officeHolder.title}`
            : bodyName(request.bodyId),
          formatDate(request.requestedOn),
          request.dueDate ? formatDate(request.dueDate) : '–',
          request.preparers.map((preparer) => preparer.name).join(', '),
          <>
            {m.statementStatus[request.status]}
            {request.resolvedOn ? ` ${formatDate(request.resolvedOn)}` : ''}
            {request.waiverReason ? ` – ${request.waiverReason}` : ''}
          </>,
        ],
      }))}
    />
  );
}

function Deadlines({ initiative }: { initiative: Initiative }) {
  const { m } = useI18n();
  if (initiative.deadlines.length === 0) return <Paragraph>{m.initiative.noDeadlines}</Paragraph>;
  return (
    <Table
      caption={m.initiative.deadlines}
      head={[m.fields.deadline, m.fields.dueDate, m.fields.deadlineStatus]}
    >
      {initiative.deadlines.map((deadline, index) => (
        <tr key={index}>
          <td>
            <DeadlineKindLabel deadline={deadline} />
          </td>
          <td>{formatDate(deadline.dueDate)}</td>
          <td>
            <DeadlineLabel status={deadline.status} />
            {deadline.metOn ? ` ${formatDate(deadline.metOn)}` : ''}
          </td>
        </tr>
      ))}
    </Table>
  );
}

function InitiativeView({ initiative, me }: { initiative: Initiative; me: Me }) {
  const { m, language } = useI18n();
  const location = useLocation();
  const { saved, documentFailure } = (location.state ?? {}) as {
    saved?: string;
    documentFailure?: DocumentFailure | null;
  };
  return (
    <>
      <p className="eyebrow">
        <RouterNavLink to="/initiatives">{m.initiative.backToList}</RouterNavLink>
      </p>
      <Heading variant="h1" mb="s" lang={initiative.language}>
        {initiative.title}
      </Heading>
      <p className="headline-state">
        <StateLabel state={initiative.state} /> <span className="muted">{initiative.diaryNumber}</span>
      </p>
      <p className="export-links">
        <Link href={`/api/initiatives/${initiative.id}/pdf?language=${language}`}>{m.initiative.pdf}</Link>
      </p>
      {saved && (
        <Notification
          closeText={m.common.close}
          status="neutral"
          headingText={m.form.saved}
          mb="m"
          role="status"
        >
          {saved === 'FILE' ? m.audit.filed : m.events[saved as EventType]}
        </Notification>
      )}
      {documentFailure && <DocumentNotAdded failure={documentFailure} />}
      <div className="initiative-grid">
        <div>
          <Panel id="details" title={m.initiative.details}>
            <Details initiative={initiative} />
            <InitiativeText initiative={initiative} />
            <Heading variant="h3" as="h3" mt="m" mb="xs">
              {m.initiative.signatories}
            </Heading>
            <ul className="signatories">
              {initiative.signatories.map((signatory, index) => (
                <li key={index}>
                  {signatory.name}
                  {signatory.party ? ` (${signatory.party})` : ''}
                  {signatory.firstSigner ? ` – ${m.fields.firstSigner}` : ''}
                </li>
              ))}
            </ul>
            {initiative.signatoryCount > initiative.signatories.length && (
              <Paragraph>
                {m.initiative.moreSignatories(initiative.signatoryCount - initiative.signatories.length)}
              </Paragraph>
            )}
          </Panel>
          <Panel id="statements" title={m.initiative.statements}>
            <Statements initiative={initiative} />
          </Panel>
          <Panel id="timeline" title={m.initiative.timeline}>
            <Timeline
              initiativeId={initiative.id}
              handlings={initiative.handlings}
              agenda={initiative.agenda}
              me={me}
            />
          </Panel>
        </div>
        <div>
          <Actions initiative={initiative} me={me} />
          <Panel id="documents" title={m.attachments.title}>
            {initiative.attachments.length === 0 && <Paragraph mb="s">{m.attachments.none}</Paragraph>}
            <AttachmentList attachments={initiative.attachments} me={me} />
            {mayUpload(initiative, me) && <UploadForm initiative={initiative} me={me} />}
          </Panel>
          <Panel id="deadlines" title={m.initiative.deadlines}>
            <Deadlines initiative={initiative} />
          </Panel>
          <Panel id="links" title={m.initiative.links}>
            <Links links={initiative.links} />
          </Panel>
        </div>
      </div>
      <Panel id="audit" title={m.initiative.auditLog}>
        <AuditLog id={initiative.id} handlings={initiative.handlings} />
      </Panel>
    </>
  );
}

export function InitiativePage({ me }: { me: Me }) {
  const { id = '' } = useParams();
  const initiative = useInitiative(id);
  return <QueryView query={initiative}>{(data) => <InitiativeView initiative={data} me={me} />}</QueryView>;
}
