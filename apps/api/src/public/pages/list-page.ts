import { INITIATIVE_STATES, UUID_PATTERN, type InitiativeState } from '@aloite/domain';
import type { ReactNode } from 'react';
import { bodyNameIn } from '../../municipality/languages';
import { invalid } from '../../http/app-error';
import type { PublicListPage, PublicListQuery } from '../public-data.service';
import type { PublicBody } from '../public-view';
import { date, queryText, yearOf } from './format';
import { html } from './html';
import { pagePath, type PageAddress } from './layout';
import { PAGE_TEXTS } from './texts';

const PAGE_SIZE = 20;

export interface ListForm {
  q: string | null;
  state: InitiativeState | null;
  year: number | null;
  bodyId: string | null;
  cursor: string | null;
}

/** The list's GET form as it came in; anything a form of this page could not send is a 400. */
export function listForm(query: Record<string, unknown>, bodies: readonly PublicBody[]): ListForm {
  const state = queryText(query, 'state', 40);
  if (state !== null && !(INITIATIVE_STATES as readonly string[]).includes(state))
    throw invalid('state', `must be one of ${INITIATIVE_STATES.join(', ')}`, 'isIn');
  const bodyId = queryText(query, 'body', 40)?.toLowerCase() ?? null;
  if (bodyId !== null && !(UUID_PATTERN.test(bodyId) && bodies.some((body) => body.id === bodyId)))
    throw invalid('body', 'is not a body of this municipality', 'noSuchBody');
  return {
    q: queryText(query, 'q', 200),
    state: state as InitiativeState | null,
    year: yearOf(queryText(query, 'year', 4)),
    bodyId,
    cursor: queryText(query, 'cursor', 500),
  };
}

export function listQuery(form: ListForm): PublicListQuery {
  return {
    q: form.q,
    states: form.state ? [form.state] : [],
    year: form.year,
    bodyId: form.bodyId,
    cursor: form.cursor,
    limit: PAGE_SIZE,
  };
}

function formQuery(form: ListForm, cursor: string | null): string {
  const params = new URLSearchParams();
  if (form.q) params.set('q', form.q);
  if (form.state) params.set('state', form.state);
  if (form.year) params.set('year', String(form.year));
  if (form.bodyId) params.set('body', form.bodyId);
  if (cursor) params.set('cursor', cursor);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function listPage(
  address: PageAddress,
  form: ListForm,
  page: PublicListPage,
  bodies: readonly PublicBody[],
  thisYear: number,
): ReactNode {
  const t = PAGE_TEXTS[address.lang];
  const bodyName = bodyNameIn(bodies, address.lang);
  const recent = Array.from({ length: 10 }, (_, index) => thisYear - index);
  const years = form.year === null || recent.includes(form.year) ? recent : [...recent, form.year];
  const option = (value: string, label: string) =>
    html`<option key=${value} value=${value}>${label}</option>`;
  return html`
    <h1>${t.list.title}</h1>
    <p>${t.list.intro}</p>
    <form method="get" action=${pagePath(address)} role="search" className="filters">
      <div className="field wide">
        <label htmlFor="q">${t.list.search}</label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue=${form.q ?? ''}
          maxLength="200"
          aria-describedby="q-help"
        />
        <p id="q-help" className="help">${t.list.searchHelp}</p>
      </div>
      <div className="field">
        <label htmlFor="state">${t.list.state}</label>
        <select id="state" name="state" defaultValue=${form.state ?? ''}>
          ${option('', t.list.all)} ${INITIATIVE_STATES.map((state) => option(state, t.states[state]))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="year">${t.list.year}</label>
        <select id="year" name="year" defaultValue=${form.year === null ? '' : String(form.year)}>
          ${option('', t.list.all)} ${years.map((year) => option(String(year), String(year)))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="body">${t.list.body}</label>
        <select id="body" name="body" defaultValue=${form.bodyId ?? ''}>
          ${option('', t.list.all)} ${bodies.map((body) => option(body.id, bodyName(body.id)))}
        </select>
      </div>
      <div className="field"><button type="submit">${t.list.submit}</button></div>
    </form>
    <h2>${t.list.results(page.total, page.totalExact)}</h2>
    ${
      page.items.length === 0
        ? html`<p>${t.list.none}</p>`
        : html`<ol className="results">
            ${page.items.map(
              (item) =>
                html`<li key=${item.id}>
                  <h3><a href=${pagePath(address, `/initiatives/${item.id}`)}>${item.title}</a></h3>
                  <p className="meta">
                    ${[item.diaryNumber, t.states[item.state], `${t.initiative.submitted} ${date(item.submittedOn)}`, item.firstSigner].filter(Boolean).join(' · ')}
                  </p>
                  ${
                    item.matchingDocuments.length > 0 &&
                    html`<p className="meta">
                      ${`${t.list.matchingDocuments}: ${item.matchingDocuments.map((document) => document.name).join(', ')}`}
                    </p>`
                  }
                </li>`,
            )}
          </ol>`
    }
    <p className="paging">
      ${form.cursor && html`<a href=${pagePath(address, formQuery(form, null))}>${t.list.firstPage}</a>`}
      ${page.nextCursor && html`<a href=${pagePath(address, formQuery(form, page.nextCursor))}>${t.list.next}</a>`}
    </p>
  `;
}
