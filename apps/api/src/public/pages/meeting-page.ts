import type { ReactNode } from 'react';
import { bodyNameIn } from '../../municipality/languages';
import {
  AGENDA_PUBLIC_STATUSES,
  type PublicAgendaItem,
  type PublicBody,
  type PublicMeeting,
  type PublicPerson,
} from '../public-view';
import { documentList } from './documents';
import { date, paragraphs } from './format';
import { html } from './html';
import { pagePath, type PageAddress } from './layout';
import { PAGE_TEXTS, type PageTexts } from './texts';

const named = (person: PublicPerson) => [person.name, person.title].filter(Boolean).join(', ');

function agendaItem(address: PageAddress, item: PublicAgendaItem, t: PageTexts): ReactNode {
  const [only] = item.initiativeIds;
  const title =
    item.initiativeIds.length === 1 && only
      ? html`<a href=${pagePath(address, `/initiatives/${only}`)}>${item.title}</a>`
      : item.title;
  return html`<li key=${item.id}>
    <h3>§ ${item.section} ${title}</h3>
    <dl className="facts">
      ${
        item.preparers.length > 0 &&
        html`<div>
          <dt>${t.meeting.preparers}</dt>
          <dd>${item.preparers.map(named).join('; ')}</dd>
        </div>`
      }
      ${
        item.presenter &&
        html`<div>
          <dt>${t.meeting.presenter}</dt>
          <dd>${named(item.presenter)}</dd>
        </div>`
      }
      <div>
        <dt>${t.initiative.proposal}</dt>
        <dd>${paragraphs(item.proposal).map((part, index) => html`<p key=${index}>${part}</p>`)}</dd>
      </div>
      ${
        item.decision &&
        html`<div>
          <dt>${t.initiative.decision} ${date(item.decision.date)}</dt>
          <dd>${t.decisionTypes[item.decision.decisionType]}: ${item.decision.text}</dd>
        </div>`
      }
    </dl>
    ${documentList(item.documents, address.lang)}
  </li>`;
}

export function meetingPage(
  address: PageAddress,
  { meeting, items }: { meeting: PublicMeeting; items: PublicAgendaItem[] },
  bodies: readonly PublicBody[],
): ReactNode {
  const t = PAGE_TEXTS[address.lang];
  const bodyName = bodyNameIn(bodies, address.lang)(meeting.bodyId);
  return html`
    <h1>${bodyName} ${date(meeting.date)}</h1>
    <dl className="facts">
      <div>
        <dt>${t.meeting.status}</dt>
        <dd>${t.meetingStatus[meeting.status]}</dd>
      </div>
      ${
        meeting.startTime &&
        html`<div>
          <dt>${t.meeting.time}</dt>
          <dd>${meeting.startTime}</dd>
        </div>`
      }
      ${
        meeting.place &&
        html`<div>
          <dt>${t.body.place}</dt>
          <dd>${meeting.place}</dd>
        </div>`
      }
    </dl>
    <p>
      <a href=${pagePath(address, `/bodies/${meeting.bodyId}?year=${meeting.date.slice(0, 4)}`)}
        >${t.body.meetings(Number(meeting.date.slice(0, 4)))}: ${bodyName}</a
      >
    </p>
    <h2>${t.meeting.agenda}</h2>
    ${
      items.length === 0
        ? html`<p>${AGENDA_PUBLIC_STATUSES.includes(meeting.status) ? t.initiative.none : t.meeting.notPublished}</p>`
        : html`<ol className="agenda">
            ${items.map((item) => agendaItem(address, item, t))}
          </ol>`
    }
  `;
}
