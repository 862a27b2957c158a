import type { ReactNode } from 'react';
import { bodyNameIn } from '../../municipality/languages';
import type { PublicBody, PublicMeeting } from '../public-view';
import { date, line } from './format';
import { html } from './html';
import { pagePath, type PageAddress } from './layout';
import { PAGE_TEXTS } from './texts';

export function bodyPage(
  address: PageAddress,
  body: PublicBody,
  bodies: readonly PublicBody[],
  year: number,
  meetings: readonly PublicMeeting[],
): ReactNode {
  const t = PAGE_TEXTS[address.lang];
  const bodyName = bodyNameIn(bodies, address.lang);
  const yearLink = (other: number) =>
    html`<a href=${pagePath(address, `/bodies/${body.id}?year=${other}`)}>${t.body.otherYear(other)}</a>`;
  return html`
    <h1>${bodyName(body.id)}</h1>
    <h2>${t.body.meetings(year)}</h2>
    ${
      meetings.length === 0
        ? html`<p>${t.body.noMeetings}</p>`
        : html`<ul className="meetings">
            ${meetings.map(
              (meeting) =>
                html`<li key=${meeting.id}>
                  <a href=${pagePath(address, `/meetings/${meeting.id}`)}>${line(bodyName(body.id), date(meeting.date), meeting.startTime)}</a>
                  ${[t.meetingStatus[meeting.status], meeting.place]
                    .filter(Boolean)
                    .map((part) => ` – ${part}`)
                    .join('')}
                </li>`,
            )}
          </ul>`
    }
    <p className="paging">${yearLink(year - 1)} ${yearLink(year + 1)}</p>
    <p>
      <a href=${`/public/${encodeURIComponent(address.slug)}/bodies/${body.id}/meetings.ics`}
        >${t.body.calendar}</a
      >
    </p>
  `;
}
