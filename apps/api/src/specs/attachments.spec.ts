import { createHash } from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

function pdfBytes(): Promise<Buffer> {
  const pdf = new PDFDocument();
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.text('Valtuustoaloite (allekirjoitettu)');
  pdf.end();
  return done;
}

const docxBytes = () =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: 'Vastine' })] }] }));

// A Windows executable's first bytes: "MZ", then a DOS stub with NULs.
const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(62),
  Buffer.from('This program cannot be run in DOS mode.'),
]);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('attachments', () => {
  let api: TestApp;
  let initiative: string;
  let token: string;

  beforeAll(async () => {
    api = await startTestApp('2026-05-21', { attachmentMaxBytes: 256 * 1024 });
    initiative = api.demo.initiativeIds['KAJDno-2026-577'];
    token = await api.signIn('tester', TEST_PASSWORD);
  });
  afterAll(() => api.close());

  async function upload(
    bytes: Buffer,
    fileName: string,
    fields: Record<string, string>,
    as = token,
  ): Promise<{ status: number; body: any }> {
    // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of any shape
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
    const response = await fetch(`${api.baseUrl}/api/initiatives/${initiative}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${as}` },
      body: form,
    });
    return { status: response.status, body: await response.json() };
  }

  const download = (id: string, as: string | null) =>
    fetch(`${api.baseUrl}/api/attachments/${id}/content`, {
      headers: as ? { authorization: `Bearer ${as}` } : {},
    });

  it('keeps a document byte for byte, with its size, SHA-256 and the type its bytes show', async () => {
    const pdf = await pdfBytes();
    const created = await upload(pdf, 'Valtuustoaloite (allekirjoitettu).pdf', { publicity: 'public' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(
      expect.objectContaining({
        fileName: 'Valtuustoaloite (allekirjoitettu).pdf',
        contentType: 'application/pdf',
        size: pdf.length,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        publicity: 'public',
        uploadedBy: 'tester',
      }),
    );
    const response = await download(created.body.id, null);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''Valtuustoaloite%20(allekirjoitettu).pdf",
    );
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);

    for (const [bytes, name, type] of [
      [
        await docxBytes(),
        'vastine.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [PNG, 'kuva.png', 'image/png'],
      [Buffer.from('Vastine: työllisyysbonus ei muutu.\n'), 'vastine.txt', 'text/plain; charset=utf-8'],
    ] as const) {
      const stored = await upload(bytes, name, { publicity: 'public' });
      expect([name, stored.status, stored.body.contentType]).toEqual([name, 201, type]);
      const back = Buffer.from(await (await download(stored.body.id, null)).arrayBuffer());
      expect(back.equals(bytes)).toBe(true);
    }
  });

  it('refuses a renamed .exe, and a name that lies, by what the bytes are', async () => {
    for (const name of ['ohjelma.exe', 'päätös.pdf', 'vastine.docx', 'kuva.png']) {
      const refused = await upload(EXE, name, { publicity: 'public' });
      expect([name, refused.status, refused.body.code]).toEqual([name, 415, 'UNSUPPORTED_MEDIA_TYPE']);
      expect(refused.body.detail).toMatch(
        /not a PDF, Word \(DOCX\), OpenDocument text \(ODT\), plain text, PNG or JPEG/,
      );
    }
  });

  it('refuses a document over the limit, whether it is announced or only found while reading', async () => {
    const form = new FormData();
    form.append('publicity', 'public');
    form.append('file', new Blob([new Uint8Array(300 * 1024).fill(0x41)]), 'iso.txt');
    const streamed = await fetch(`${api.baseUrl}/api/initiatives/${initiative}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { detail: string }).detail).toBe(
      'The document is larger than the 0.3 MB allowed.',
    );
    // Announced as too large by its Content-Length: refused before any of it is read.
    const announced = await fetch(`${api.baseUrl}/api/initiatives/${initiative}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=x' },
      body: new Uint8Array(400 * 1024),
    });
    expect(announced.status).toBe(413);
  });

  it('refuses a body that ends inside the file, rather than wait for the rest of it', async () => {
    // Content-Length matches what is sent: the request is whole, the multipart form in it is cut short.
    const cut = Buffer.from(
      '--x\r\nContent-Disposition: form-data; name="publicity"\r\n\r\npublic\r\n' +
        '--x\r\nContent-Disposition: form-data; name="file"; filename="lausunto.pdf"\r\n\r\n%PDF-1.7\n1 ',
    );
    const refused = await fetch(`${api.baseUrl}/api/initiatives/${initiative}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=x' },
      body: cut,
      signal: AbortSignal.timeout(10_000),
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'file', rule: 'malformedUpload' }],
    });
  });

  it('serves a non-public document only to staff, logs each read, and shows the log to administrators', async () => {
    const secret = await upload(Buffer.from('Salassa pidettävä liite.\n'), 'liite.txt', {
      publicity: 'confidential',
      legalGround: 'JulkL 24 § 1 mom. 32 k',
    });
    expect(secret.status).toBe(201);
    const draft = await upload(Buffer.from('Luonnos.\n'), 'luonnos.txt', { publicity: 'notYetPublic' });

    for (const id of [secret.body.id, draft.body.id]) {
      const anonymous = await download(id, null);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    }
    await api.createUser('valtuustosihteeri3', TEST_PASSWORD, ['councilStaff']);
    const staff = await api.signIn('valtuustosihteeri3', TEST_PASSWORD);
    const read = await download(secret.body.id, staff);
    expect(read.status).toBe(200);
    expect(read.headers.get('cache-control')).toBe('private, no-store');
    expect(await read.text()).toBe('Salassa pidettävä liite.\n');

    const log = await api.request('GET', `/api/attachments/${secret.body.id}/reads`);
    expect(log.status).toBe(200);
    expect(log.body).toEqual([{ reader: 'valtuustosihteeri3', readAt: expect.any(String) }]);
    expect((await api.as(staff)('GET', `/api/attachments/${secret.body.id}/reads`)).status).toBe(403);
  });

  it('asks for the legal ground of a confidential document, and checks the other fields', async () => {
    const text = Buffer.from('x\n');
    expect((await upload(text, 'a.txt', { publicity: 'confidential' })).body.errors[0].field).toBe(
      'legalGround',
    );
    expect((await upload(text, 'a.txt', { publicity: 'secret' })).body.errors[0].field).toBe('publicity');
    expect(
      (await upload(text, 'a.txt', { publicity: 'public', handlingSeq: '99' })).body.errors[0].field,
    ).toBe('handlingSeq');
    expect((await upload(text, 'a.txt', { publicity: 'public', colour: 'red' })).status).toBe(400);
    const json = await api.request('POST', `/api/initiatives/${initiative}/attachments`, {
      publicity: 'public',
    });
    expect(json.status).toBe(415);
  });

  it('refuses a legal ground XML cannot carry, and cleans such characters out of a file name', async () => {
    const text = Buffer.from('x\n');
    for (const character of ['\u0000', '\u0001', '\u001b', '\uFFFE', '\uFFFF']) {
      const refused = await upload(text, 'a.txt', {
        publicity: 'confidential',
        legalGround: `JulkL 24 §${character}`,
      });
      expect([JSON.stringify(character), refused.status, refused.body.errors?.[0].field]).toEqual([
        JSON.stringify(character),
        400,
        'legalGround',
      ]);
    }
    const stored = await upload(text, 'vastine\uFFFF\u0001.txt', { publicity: 'public' });
    expect([stored.status, stored.body.fileName]).toEqual([201, 'vastine.txt']);
  });

  it('lets a committee secretary add their body’s documents only, and shows them on their handling', async () => {
    const employment = api.demo.bodyIds.employment;
    await api.createUser('jaosto2', TEST_PASSWORD, ['committeeSecretary'], [employment]);
    await api.createUser('tekninen2', TEST_PASSWORD, ['committeeSecretary'], [api.demo.bodyIds.technical]);
    const secretary = await api.signIn('jaosto2', TEST_PASSWORD);
    const other = await api.signIn('tekninen2', TEST_PASSWORD);
    const text = Buffer.from('Jaoston vastine.\n');
    expect((await upload(text, 'v.txt', { publicity: 'public', bodyId: employment }, secretary)).status).toBe(
      201,
    );
    expect((await upload(text, 'v.txt', { publicity: 'public' }, secretary)).status).toBe(403);
    expect((await upload(text, 'v.txt', { publicity: 'public', bodyId: employment }, other)).status).toBe(
      403,
    );
    const technical = api.demo.bodyIds.technical;
    expect((await upload(text, 'v.txt', { publicity: 'public', bodyId: technical }, other)).status).toBe(403);

    const referral = (await api.request('GET', `/api/initiatives/${initiative}`)).body.handlings[0];
    const onHandling = await upload(text, 'lähete.txt', {
      publicity: 'public',
      handlingSeq: String(referral.seq),
    });
    expect(onHandling.status).toBe(201);
    const after = (await api.request('GET', `/api/initiatives/${initiative}`)).body;
    expect(after.handlings[0].attachments.map((a: { id: string }) => a.id)).toEqual([onHandling.body.id]);
    expect(after.attachments.map((a: { id: string }) => a.id)).toContain(onHandling.body.id);
    expect(JSON.stringify(after)).not.toContain('"content"');
  });

  it('answers 404 for a document that does not exist', async () => {
    expect((await download('00000000-0000-4000-8000-000000000000', token)).status).toBe(404);
    expect((await download('not-an-id', token)).status).toBe(404);
  });
});
