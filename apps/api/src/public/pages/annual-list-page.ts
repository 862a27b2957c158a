import type { IsoDate } from '@aloite/domain';
import type { ReactNode } from 'react';
import type { PublicAnnualListItem } from '../public-view';
import { date } from './format';
import { html } from './html';
import { pagePath, type PageAddress } from './layout';
import { PAGE_TEXTS } from './texts';

/** The years offered: this year's list and the four before it. */
export const annualListYears = (thisYear: number): number[] =>
  Array.from({ length: 5 }, (_, index) => thisYear - index);

export function annualListsPage(address: PageAddress, years: readonly number[]): ReactNode {
  const t = PAGE_TEXTS[address.lang];
  return html`
    <h1>${t.annualLists}</h1>
    <p>${t.annualList.intro}</p>
    <h2>${t.annualList.years}</h2>
    <ul>
      ${years.map(
        (year) =>
          html`<li key=${year}><a href=${pagePath(address, `/annual-lists/${year}`)}>${t.annualList.title(year)}</a></li>`,
      )}
    </ul>
  `;
}

export function annualListPage(
  address: PageAddress,
  year: number,
  list: { dueDate: IsoDate; items: PublicAnnualListItem[] },
): ReactNode {
  const t = PAGE_TEXTS[address.lang];
  const facts = (item: PublicAnnualListItem) =>
    [
      [t.initiative.diaryNumber, item.diaryNumber],
      [t.initiative.submitted, date(item.submittedOn)],
      [t.initiative.firstSigner, item.firstSigner],
      [t.annualList.stage, address.lang === 'en' ? t.states[item.state] : item.stage],
    ].filter((pair): pair is [string, string] => Boolean(pair[1]));
  return html`
    <h1>${t.annualList.title(year)}</h1>
    <p>${t.annualList.intro}</p>
    ${
      list.items.length === 0
        ? html`<p>${t.annualList.none}</p>`
        : html`<ol className="results">
            ${list.items.map(
              (item) =>
                html`<li key=${item.id}>
                  <h2><a href=${pagePath(address, `/initiatives/${item.id}`)}>${item.title}</a></h2>
                  <dl className="facts">
                    ${facts(item).map(([term, value]) => html`<div key=${term}><dt>${term}</dt><dd>${value}</dd></div>`)}
                  </dl>
                  <h3>${t.annualList.measures}</h3>
                  ${
                    item.measures.length === 0
                      ? html`<p>${t.initiative.none}</p>`
                      : html`<ul>${item.measures.map((measure, index) => html`<li key=${index}>${measure}</li>`)}</ul>`
                  }
                </li>`,
            )}
          </ol>`
    }
  `;
}
