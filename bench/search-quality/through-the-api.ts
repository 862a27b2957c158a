// The corpus filed, and the queries asked, through the API as a registrar uses it: whatever the product indexes
// when an initiative is filed or a document uploaded is what the benchmark measures.
import { json } from '../harness';
import type { WrittenEntry } from './corpus-entry';
import { documentBytes } from './documents';

export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await json(baseUrl, 'POST', '/api/auth/login', null, { username, password });
  if (response.status !== 200) throw new Error(`signing in as ${username}: ${response.status}`);
  return response.body.token as string;
}

/** The demo municipality takes Swedish as its second language, so that Swedish motions may be filed. */
export async function worksInSwedishToo(baseUrl: string, adminToken: string): Promise<void> {
  const municipality = (await json(baseUrl, 'GET', '/api/municipality', adminToken)).body;
  const changed = await json(baseUrl, 'PUT', '/api/municipality', adminToken, {
    name: municipality.name,
    diaryPrefix: municipality.diaryPrefix,
    secondLanguage: 'sv',
  });
  if (changed.status !== 200)
    throw new Error(`making the municipality bilingual: ${JSON.stringify(changed.body)}`);
}

async function upload(
  baseUrl: string,
  token: string,
  initiativeId: string,
  entry: WrittenEntry,
): Promise<void> {
  for (const document of entry.documents) {
    const form = new FormData();
    form.append('publicity', 'public');
    form.append('file', new Blob([new Uint8Array(await documentBytes(document))]), document.fileName);
    const response = await fetch(`${baseUrl}/api/initiatives/${initiativeId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    if (response.status !== 201) throw new Error(`${document.fileName}: ${await response.text()}`);
  }
}

/** Files each entry at the council meeting of its submission day, its first named signatory first. */
export async function fileAll(
  baseUrl: string,
  token: string,
  entries: readonly WrittenEntry[],
): Promise<void> {
  const bodies = (await json(baseUrl, 'GET', '/api/bodies', token)).body as { id: string; kind: string }[];
  const council = bodies.find((body) => body.kind === 'council')?.id;
  const sections = new Map<string, number>();
  for (const entry of entries) {
    const section = (sections.get(entry.submittedOn) ?? 0) + 1;
    sections.set(entry.submittedOn, section);
    const filed = await json(baseUrl, 'POST', '/api/initiatives', token, {
      diaryNumber: entry.diaryNumber,
      title: entry.title,
      text: entry.text,
      language: entry.language,
      kind: entry.kind,
      submittedOn: entry.submittedOn,
      signatories: entry.signatories.map((signatory, index) => ({ ...signatory, firstSigner: index === 0 })),
      signatoryCount: entry.signatoryCount,
      hasFinancialEffect: false,
      filedAt: { bodyId: council, date: entry.submittedOn, section },
    });
    if (filed.status !== 201) throw new Error(`filing ${entry.key}: ${JSON.stringify(filed.body)}`);
    await upload(baseUrl, token, filed.body.id as string, entry);
  }
}

export interface Answer {
  status: number;
  diaryNumbers: string[];
}

/** Every initiative the list's search returns for the query, page after page. */
export async function search(baseUrl: string, token: string, query: string): Promise<Answer> {
  const diaryNumbers: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await json(
      baseUrl,
      'GET',
      `/api/initiatives?limit=200&q=${encodeURIComponent(query)}${cursor ? `&cursor=${cursor}` : ''}`,
      token,
    );
    if (page.status !== 200) return { status: page.status, diaryNumbers };
    diaryNumbers.push(...(page.body.items as { diaryNumber: string }[]).map((item) => item.diaryNumber));
    cursor = page.body.nextCursor as string | null;
  } while (cursor);
  return { status: 200, diaryNumbers };
}
