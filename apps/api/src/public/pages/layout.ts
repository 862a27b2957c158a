import { READER_LANGUAGES, type ReaderLanguage } from '@aloite/domain';
import type { ReactNode } from 'react';
import type { PublicMunicipality } from '../public-view';
import { fragment, html } from './html';
import { PAGE_TEXTS } from './texts';

const STYLESHEET = '/public/styles.css';

/** Where a page is: its municipality, language, and the rest of its address (path and query after the language). */
export interface PageAddress {
  slug: string;
  lang: ReaderLanguage;
  /** After `/public/{slug}/{lang}`, with its query: the same page in another language is the same rest. */
  rest: string;
}

export const pagePath = (address: Pick<PageAddress, 'slug' | 'lang'>, rest = '') =>
  `/public/${encodeURIComponent(address.slug)}/${address.lang}${rest}`;

/** The feeds' fixed addresses (part "feeds"): Swedish texts with `?lang=sv`. */
export function feedLinks(
  address: PageAddress,
  bodyId?: string,
): { href: string; title: string; type: string }[] {
  const t = PAGE_TEXTS[address.lang];
  const base = `/public/${encodeURIComponent(address.slug)}${bodyId ? `/bodies/${bodyId}` : ''}/feeds`;
  const query = address.lang === 'sv' ? '?lang=sv' : '';
  return [
    { href: `${base}/initiatives.atom${query}`, title: t.feeds.initiatives, type: 'application/atom+xml' },
    { href: `${base}/decisions.atom${query}`, title: t.feeds.decisions, type: 'application/atom+xml' },
  ];
}

interface LayoutProps {
  address: PageAddress;
  municipality: PublicMunicipality | null;
  title: string;
  feeds?: { href: string; title: string; type: string }[];
  children: ReactNode;
}

/** Every page: its language, one skip link, the municipality's header, the language switch and one `<main>`. */
export function layout({ address, municipality, title, feeds = [], children }: LayoutProps): ReactNode {
  const t = PAGE_TEXTS[address.lang];
  const site = municipality ? `${municipality.name} – ${t.initiatives}` : t.initiatives;
  const other = READER_LANGUAGES.map((lang) => ({
    lang,
    href: pagePath({ ...address, lang }, address.rest),
  }));
  return html`<html lang=${address.lang}>
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${`${title} | ${site}`}</title>
      <link rel="stylesheet" href=${STYLESHEET} />
      ${
        municipality &&
        other.map(
          ({ lang, href }) => html`<link key=${lang} rel="alternate" hrefLang=${lang} href=${href} />`,
        )
      }
      ${feeds.map(
        (feed) =>
          html`<link
            key=${feed.href}
            rel="alternate"
            type=${feed.type}
            title=${feed.title}
            href=${feed.href}
          />`,
      )}
    </head>
    <body>
      <a className="skip" href="#main">${t.skipToContent}</a>
      <header className="site">
        <div className="bar">
          ${
            municipality
              ? html`<a className="site-name" href=${pagePath(address)}>${site}</a>`
              : html`<span className="site-name">${site}</span>`
          }
          ${
            municipality &&
            html`<nav aria-label=${t.languageSwitch}>
              <ul className="languages">
                ${other.map(
                  ({ lang, href }) =>
                    html`<li key=${lang}>
                      <a
                        href=${href}
                        hrefLang=${lang}
                        lang=${lang}
                        aria-current=${lang === address.lang ? 'page' : undefined}
                        >${PAGE_TEXTS[lang].languageName}</a
                      >
                    </li>`,
                )}
              </ul>
            </nav>`
          }
        </div>
        ${
          municipality &&
          html`<nav aria-label=${t.navigation} className="bar">
            <ul className="menu">
              <li><a href=${pagePath(address)}>${t.initiatives}</a></li>
              <li><a href=${pagePath(address, '/annual-lists')}>${t.annualLists}</a></li>
              <li><a href=${pagePath(address, '/accessibility')}>${t.accessibility}</a></li>
            </ul>
          </nav>`
        }
      </header>
      <main id="main" tabIndex="-1">${fragment(children)}</main>
      ${
        feeds.length > 0 &&
        html`<footer className="site">
          <ul className="menu">
            ${feeds.map((feed) => html`<li key=${feed.href}><a href=${feed.href}>${feed.title}</a></li>`)}
          </ul>
        </footer>`
      }
    </body>
  </html>`;
}
