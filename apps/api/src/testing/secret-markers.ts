import { randomBytes } from 'node:crypto';
import { ok } from './committee-meetings';
import { TEST_PASSWORD, testResponse, type TestApp } from './test-app';

/** Domain § 6: the publicity classes, `notYetPublic` both waiting for the minutes and not. */
export const DOCUMENT_CLASSES = ['public', 'waiting', 'notYetPublic', 'confidential'] as const;
export type DocumentClass = (typeof DOCUMENT_CLASSES)[number];

export interface WorldDocument {
  id: string;
  initiativeId: string;
  fileName: string;
  content: string;
  /** The unique words of its name and of its bytes. */
  markers: [name: string, bytes: string];
}

/** A string that occurs nowhere by chance: `zz` is not hex, so never inside an id or a hash. */
export const marker = (what: string) => `zz${what}${randomBytes(6).toString('hex')}`;

/** What a generated run stored that no anonymous reader may see, and the documents anyone may. */
export class SecretLedger {
  readonly secrets: string[] = [];
  readonly hidden: WorldDocument[] = [];
  readonly shown: WorldDocument[] = [];

  /** A new marker, recorded as secret. */
  secret(what: string): string {
    const made = marker(what);
    this.secrets.push(made);
    return made;
  }

  /** An e-mail address whose local part is a secret marker. */
  mail(): string {
    return `${this.secret('mail')}@example.fi`;
  }

  keep(publicity: DocumentClass, document: WorldDocument): void {
    if (publicity === 'public') this.shown.push(document);
    else {
      this.hidden.push(document);
      this.secrets.push(...document.markers);
    }
  }
}

/** A staff member whose username, name and e-mail address are secret markers. */
export async function staffMember(
  api: TestApp,
  ledger: SecretLedger,
  roles: string[],
  bodyIds: string[] = [],
) {
  const username = ledger.secret('user');
  await ok(
    api.request('POST', '/api/users', {
      username,
      displayName: ledger.secret('staff'),
      email: ledger.mail(),
      password: TEST_PASSWORD,
      roles,
      bodyIds,
    }),
    201,
  );
  const token = await api.signIn(username, TEST_PASSWORD);
  return { token, as: api.as(token) };
}

/** Uploads a document named and filled with fresh markers; a confidential one's legal ground carries one too. */
export async function uploadMarked(
  api: TestApp,
  token: string,
  initiativeId: string,
  publicity: DocumentClass,
  fields: Record<string, string>,
  ledger: SecretLedger,
): Promise<WorldDocument> {
  const markers: WorldDocument['markers'] = [marker('name'), marker('bytes')];
  const fileName = `${markers[0]}.txt`;
  const content = `Asiakirja ${markers[1]}.\n`;
  const form = new FormData();
  form.append('publicity', publicity === 'waiting' ? 'notYetPublic' : publicity);
  if (publicity === 'waiting') form.append('publicOnceMinutesChecked', 'true');
  if (publicity === 'confidential')
    form.append('legalGround', `JulkL 24 § 1 mom. 32 k ${ledger.secret('ground')}`);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([content]), fileName);
  const response = await fetch(`${api.baseUrl}/api/initiatives/${initiativeId}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const answer = testResponse(response.status, response.headers, await response.text());
  if (answer.status !== 201) throw new Error(`upload answered ${answer.status}: ${answer.text}`);
  return { id: answer.body.id as string, initiativeId, fileName, content, markers };
}
