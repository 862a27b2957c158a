import type { ReaderLanguage } from '@aloite/domain';
import type { ReactNode } from 'react';
import type { PublicDocument } from '../public-view';
import { fileSize, fileType } from './format';
import { html } from './html';
import { PAGE_TEXTS } from './texts';

/** Public documents as links to their bytes (served anonymously, non-public ones refused), with type and size. */
export function documentList(documents: readonly PublicDocument[], lang: ReaderLanguage): ReactNode {
  if (documents.length === 0) return null;
  const t = PAGE_TEXTS[lang];
  return html`<ul className="documents">
    ${documents.map(
      (document) =>
        html`<li key=${document.id}>
          <a href=${`/api/attachments/${document.id}/content`}>${document.fileName}</a>
          ${' '}<span className="meta"
            >(${t.document(fileType(document.fileName, document.contentType), fileSize(document.size, lang))})</span
          >
        </li>`,
    )}
  </ul>`;
}
