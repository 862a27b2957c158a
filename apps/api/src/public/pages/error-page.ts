import type { ReaderLanguage } from '@aloite/domain';
import type { ReactNode } from 'react';
import { html } from './html';
import { PAGE_TEXTS } from './texts';

/** A refusal as a page in the reader's language, with a way back; never the technical reason. */
export function errorPage(lang: ReaderLanguage, status: number, home: string | null): ReactNode {
  const t = PAGE_TEXTS[lang].error;
  const explanation = status === 404 ? t.notFound : status === 400 ? t.badRequest : t.other;
  return html`
    <h1>${t.title(status)}</h1>
    <p>${explanation}</p>
    ${home && html`<p><a href=${home}>${t.home}</a></p>`}
  `;
}
