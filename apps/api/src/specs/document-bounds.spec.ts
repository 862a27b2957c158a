import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

// One initiative holds a bounded number of documents and bytes: the upload past either bound is refused with its
// own code and leaves the initiative's documents as they were.

const DOCUMENTS = 3;
const BYTES = 10_000;

describe('documents per initiative', () => {
  let api: TestApp;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp('2026-05-21', {
      attachmentBounds: { documentsPerInitiative: DOCUMENTS, bytesPerInitiative: BYTES },
    });
    token = await api.signIn('tester', TEST_PASSWORD);
  });
  afterAll(() => api.close());

  async function upload(initiativeId: string, bytes: number) {
    const form = new FormData();
    form.append('publicity', 'public');
    form.append('file', new Blob(['a'.repeat(bytes)], { type: 'text/plain' }), 'muistio.txt');
    const response = await fetch(`${api.baseUrl}/api/initiatives/${initiativeId}/attachments`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: await response.json() };
  }

  const documentsOf = async (initiativeId: string) =>
    ((await api.request('GET', `/api/initiatives/${initiativeId}`)).body.attachments as { id: string }[]).map(
      (attachment) => attachment.id,
    );

  it('refuses the document past the count with DOCUMENT_LIMIT_REACHED and changes nothing', async () => {
    const initiative = api.demo.initiativeIds['KAJDno-2025-1412'];
    for (let added = 0; added < DOCUMENTS; added++) expect((await upload(initiative, 10)).status).toBe(201);
    const before = await documentsOf(initiative);

    const refused = await upload(initiative, 10);
    expect(refused).toEqual({
      status: 422,
      body: expect.objectContaining({
        code: 'DOCUMENT_LIMIT_REACHED',
        detail: expect.stringContaining(`${DOCUMENTS} documents`),
      }),
    });
    expect(await documentsOf(initiative)).toEqual(before);
  });

  it('refuses the document past the bytes with DOCUMENT_BYTES_LIMIT_REACHED and changes nothing', async () => {
    const initiative = api.demo.initiativeIds['KAJDno-2025-1630'];
    expect((await upload(initiative, BYTES - 100)).status).toBe(201);
    const before = await documentsOf(initiative);

    const refused = await upload(initiative, 101);
    expect(refused).toEqual({
      status: 422,
      body: expect.objectContaining({ code: 'DOCUMENT_BYTES_LIMIT_REACHED' }),
    });
    expect(await documentsOf(initiative)).toEqual(before);
    expect((await upload(initiative, 100)).status).toBe(201);
  });
});
