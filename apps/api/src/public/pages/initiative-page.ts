import type { ReactNode } from 'react';
import { bodyNameIn } from '../../municipality/languages';
import type { PublicPlacement } from '../public-data.service';
import type { PublicBody, PublicHandling, PublicInitiative, PublicStatementRequest } from '../public-view';
import { documentList } from './documents';
import { date, line, paragraphs, sitting } from './format';
import { html } from './html';
import { pagePath, type PageAddress } from './layout';
import { PAGE_TEXTS, type PageTexts } from './texts';

const fact = (term: string, value: ReactNode) =>
  html`<div key=${term}>
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;

const text = (value: string) => paragraphs(value).map((part, index) => html`<p key=${index}>${part}</p>`);

function handling(entry: PublicHandling, t: PageTexts, bodyName: (id: string) => string): ReactNode {
  return html`<li key=${entry.seq}>
    <h3>${sitting(bodyName(entry.bodyId), entry.date, entry.section)}</h3>
    <p>${t.events[entry.event]}</p>
    <dl className="facts">
      ${entry.proposal && fact(t.initiative.proposal, entry.proposal)}
      ${entry.decision && fact(t.initiative.decision, `${t.decisionTypes[entry.decisionType]}: ${entry.decision}`)}
      ${entry.responseText && fact(t.initiative.response, text(entry.responseText))}
    </dl>
  </li>`;
}

function statement(
  request: PublicStatementRequest,
  index: number,
  t: PageTexts,
  bodyName: (id: string) => string,
) {
  const whom = request.officeHolder
    ? [request.officeHolder.name, request.officeHolder.title].filter(Boolean).join(', ')
    : bodyName(request.bodyId ?? '');
  const due = request.dueDate && `, ${t.initiative.due} ${date(request.dueDate)}`;
  const status = t.statementStatus[request.status as keyof PageTexts['statementStatus']] ?? request.status;
  return html`<li key=${index}>
    ${`${whom}: ${t.initiative.requestedOn} ${date(request.requestedOn)}${due || ''} – ${status}`}
  </li>`;
}

export function initiativePage(
  address: PageAddress,
  { initiative, agenda }: { initiative: PublicInitiative; agenda: PublicPlacement[] },
  bodies: readonly PublicBody[],
): ReactNode {
  const t = PAGE_TEXTS[address.lang];
  const bodyName = bodyNameIn(bodies, address.lang);
  const none = html`<p>${t.initiative.none}</p>`;
  return html`
    <h1>${initiative.title}</h1>
    <dl className="facts">
      ${fact(t.initiative.diaryNumber, initiative.diaryNumber)}
      ${fact(t.initiative.kind, t.kinds[initiative.kind])}
      ${fact(t.initiative.state, t.states[initiative.state])}
      ${fact(t.initiative.submitted, date(initiative.submittedOn))}
      ${initiative.firstSigner && fact(t.initiative.firstSigner, initiative.firstSigner)}
      ${fact(t.initiative.signatoryCount, initiative.signatoryCount)}
      ${initiative.endedOn && fact(t.initiative.ended, date(initiative.endedOn))}
    </dl>
    <h2>${t.initiative.text}</h2>
    ${text(initiative.text)}
    <h2>${t.initiative.deadlines}</h2>
    ${
      initiative.deadlines.length === 0
        ? none
        : html`<ul>
            ${initiative.deadlines.map(
              (deadline, index) =>
                html`<li key=${index}>
                  ${line(
                    `${t.deadlineKinds[deadline.kind]}${deadline.bodyId ? ` (${bodyName(deadline.bodyId)})` : ''}:`,
                    `${t.initiative.due} ${date(deadline.dueDate)} –`,
                    t.deadlineStatus[deadline.status] ?? deadline.status,
                  )}
                </li>`,
            )}
          </ul>`
    }
    <h2>${t.initiative.timeline}</h2>
    <ol className="timeline">
      <li>
        <h3>${sitting(bodyName(initiative.filedAt.bodyId), initiative.filedAt.date, initiative.filedAt.section)}</h3>
        <p>${t.initiative.filed}</p>
      </li>
      ${initiative.handlings.map((entry) => handling(entry, t, bodyName))}
    </ol>
    <h2>${t.initiative.statements}</h2>
    ${
      initiative.statements.length === 0
        ? none
        : html`<ul>
            ${initiative.statements.map((request, index) => statement(request, index, t, bodyName))}
          </ul>`
    }
    <h2>${t.initiative.agenda}</h2>
    ${
      agenda.length === 0
        ? none
        : html`<ul>
            ${agenda.map(
              (placement) =>
                html`<li key=${placement.itemId}>
                  <a href=${pagePath(address, `/meetings/${placement.meetingId}`)}>${sitting(bodyName(placement.bodyId), placement.date, placement.section)}</a>
                  ${` – ${t.meetingStatus[placement.meetingStatus]}`}
                </li>`,
            )}
          </ul>`
    }
    <h2>${t.initiative.documents}</h2>
    ${documentList(initiative.documents, address.lang) ?? none}
  `;
}
