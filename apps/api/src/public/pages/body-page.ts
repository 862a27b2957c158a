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
  { year, meetings, years }: { year: number; meetings: readonly PublicMeeting[]; years: readonly number[] },
): ReactNode {
  const t = PAGE_TEXTS[address.lang];
  const bodyName = bodyNameIn(bodies, address.lang);
  // Only to years with meetings: links to every year before and after would be an endless chain of empty pages.
  const earlier = years.filter((other) => other < year);
  const later = years.filter((other) => other > year);
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
    <p className="paging">
      ${earlier.length > 0 && yearLink(Math.max(...earlier))} ${later.length > 0 && yearLink(Math.min(...later))}
    </p>
    <p>
      <a href=${`/public/${encodeURIComponent(address.slug)}/bodies/${body.id}/meetings.ics`}
        >${t.body.calendar}</a
      >
    </p>
  `;
}
