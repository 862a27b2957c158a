import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { Client } from 'pg';
import PDFDocument from 'pdfkit';
import { municipalityFromTemplate } from '../testing/municipality-from-template';
import { STAFF_ROLES } from '../testing/two-municipalities';
import { TEST_PASSWORD, startTestApp, testResponse, type TestApp } from '../testing/test-app';

// issue 18 item 4: the text of uploaded PDF, DOCX, ODT and TXT documents is searched, by those who may read them,
// and the list names the matching document. Each word below is made up, so only its document carries it.

function pdfWith(text: string): Promise<Buffer> {
  const pdf = new PDFDocument();
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.text(text);
  pdf.end();
  return done;
}

const docxWith = (text: string) =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text })] }] }));

/** An OpenDocument text as LibreOffice writes one: the `mimetype` entry first and uncompressed, then the content. */
async function odtWith(text: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  zip.file(
    'content.xml',
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` +
      `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
      `xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>` +
      `<text:p>${text}</text:p></office:text></office:body></office:document-content>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A DOCX whose text part unpacks to 8 MB from a few kilobytes, past the 1 MB the test app reads. */
async function docxBomb(word: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await docxWith('Pommi'));
  const paragraph = `<w:p><w:r><w:t>${word}</w:t></w:r></w:p>`;
  zip.file(
    'word/document.xml',
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
      paragraph.repeat(Math.ceil((8 * 1024 * 1024) / paragraph.length)) +
      `</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** What the database kept as the document's text, read on a connection of the test's own. */
async function storedText(api: TestApp, attachmentId: string): Promise<string | null> {
  const client = new Client({ connectionString: api.database.url });
  await client.connect();
  try {
    const result = await client.query('SELECT text FROM attachment_text WHERE attachment_id = $1', [
      attachmentId,
    ]);
    expect(result.rows).toHaveLength(1);
    return result.rows[0].text as string | null;
  } finally {
    await client.end();
  }
}

describe('searching the text of documents', () => {
  let api: TestApp;
  let initiative: string;
  let other: string;

  beforeAll(async () => {
    api = await startTestApp('2026-05-21', { attachmentBounds: { textUnpackedBytes: 1024 * 1024 } });
    initiative = api.demo.initiativeIds['KAJDno-2026-577'];
    other = api.demo.initiativeIds['KAJDno-2026-726'];
  });
  afterAll(() => api.close());

  async function upload(
    initiativeId: string,
    bytes: Buffer,
    fileName: string,
    fields: Record<string, string> = { publicity: 'public' },
  ) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
    const token = await api.signIn('tester', TEST_PASSWORD);
    const response = await fetch(`${api.baseUrl}/api/initiatives/${initiativeId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const answer = testResponse(response.status, response.headers, await response.text());
    expect(answer.status).toBe(201);
    return answer.body.id as string;
  }

  const search = async (q: string, as = api.request) => {
    const response = await as('GET', `/api/initiatives?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return response.body.items as { id: string; matchingDocuments: { id: string; name: string }[] }[];
  };

  it.each([
    ['PDF', 'Liite.pdf', 'kvarkkipuurosta', () => pdfWith('Selvitys kvarkkipuurosta ja sen hinnasta')],
    ['DOCX', 'Vastine.docx', 'zorblaksin', () => docxWith('Lausunto zorblaksin hankinnasta')],
    ['ODT', 'Muistio.odt', 'tiksutuolien', () => odtWith('Muistio tiksutuolien kunnostuksesta')],
    [
      'TXT',
      'Selvitys.txt',
      'plörtsikenttä',
      async () => Buffer.from('Selvitys: plörtsikenttä ja sen talvikunnossapito\n'),
    ],
  ])(
    'finds an initiative by a word only its %s document carries, and names that document',
    async (_, name, word, bytes) => {
      expect(await search(word)).toEqual([]);
      const id = await upload(initiative, await bytes(), name);
      await upload(initiative, Buffer.from('Toinen asiakirja ilman sanaa'), 'Toinen.txt');
      expect(await search(word)).toEqual([
        expect.objectContaining({ id: initiative, matchingDocuments: [{ id, name }] }),
      ]);
    },
  );

  it('finds by a confidential document exactly the staff who may read it, whatever their role', async () => {
    const word = 'salaisvuohen';
    const id = await upload(other, Buffer.from(`Terveystieto: ${word} hoito`), 'Lääkärinlausunto.txt', {
      publicity: 'confidential',
      legalGround: 'JulkL 24 § 1 mom. 32 k.',
    });
    for (const role of STAFF_ROLES) {
      const username = `haku-${role.toLowerCase()}`;
      await api.createUser(username, TEST_PASSWORD, [role], [api.demo.bodyIds.council]);
      const token = await api.signIn(username, TEST_PASSWORD);
      // The oracle is the document's own read rule: whoever is given its bytes finds it, and no one else.
      const mayRead = (await api.as(token)('GET', `/api/attachments/${id}/content`)).status === 200;
      const found = (await search(word, api.as(token))).filter((item) => item.id === other);
      expect({ role, found }).toEqual({
        role,
        found: mayRead
          ? [expect.objectContaining({ matchingDocuments: [{ id, name: 'Lääkärinlausunto.txt' }] })]
          : [],
      });
    }
  });

  it('never lets another municipality’s staff find an initiative by its documents', async () => {
    const word = 'kajaanivuohen';
    await upload(initiative, Buffer.from(`Selvitys: ${word}`), 'Kajaanin selvitys.txt');
    const { admin: beetala } = await municipalityFromTemplate(api, 'beetala', [
      ...['--municipality', 'Beetala', '--template', 'espoo', '--prefix', 'BEETAdno'],
    ]);
    expect((await search(word)).map((item) => item.id)).toEqual([initiative]);
    expect(await search(word, beetala)).toEqual([]);
  });

  it('stores a malformed PDF without text, and the upload still succeeds', async () => {
    const id = await upload(
      other,
      Buffer.from('%PDF-1.7\n1 0 obj << /Length 999999 >> stream\nrikki-pdf-vuohi\n%%EOF'),
      'Rikki.pdf',
    );
    expect(await storedText(api, id)).toBeNull();
    expect(await search('rikki-pdf-vuohi')).toEqual([]);
  });

  it('stops reading a zip-bomb DOCX at the bound and stores it without text', async () => {
    const bomb = await docxBomb('pommivuohi');
    expect(bomb.length).toBeLessThan(256 * 1024);
    const id = await upload(other, bomb, 'Pommi.docx');
    expect(await storedText(api, id)).toBeNull();
    expect(await search('pommivuohi')).toEqual([]);
  });

  it.each([
    ['operators', '!!&|(( ))'],
    ['a prefix', 'kvarkki:*'],
    ['unbalanced quotes', '"kvarkkipuurosta'],
    ['10,000 characters', 'kvarkkipuurosta '.repeat(625)],
    ['a NUL', 'kvarkki\u0000puuro'],
  ])('answers a query with %s without a server error', async (_, q) => {
    const response = await api.request('GET', `/api/initiatives?q=${encodeURIComponent(q)}`);
    expect(response.status).toBeLessThan(500);
  });

  it('answers a query with a lone surrogate without a server error', async () => {
    expect((await api.request('GET', '/api/initiatives?q=%ED%A0%80kvarkki')).status).toBeLessThan(500);
  });
});

describe('reading a document’s text that takes too long', () => {
  let api: TestApp;
  beforeAll(async () => {
    // No PDF is read in a millisecond: every one meets the time bound, as a PDF that loops pdf.js would.
    api = await startTestApp('2026-05-21', { attachmentBounds: { textMilliseconds: 1 } });
  });
  afterAll(() => api.close());

  it('stops at the time bound, stores the document without text, and the upload succeeds', async () => {
    const form = new FormData();
    form.append('publicity', 'public');
    const pdf = await pdfWith('Hidas hitaustarkastusvuohi');
    form.append('file', new Blob([new Uint8Array(pdf)]), 'Hidas.pdf');
    const response = await fetch(
      `${api.baseUrl}/api/initiatives/${api.demo.initiativeIds['KAJDno-2026-577']}/attachments`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${await api.signIn('tester', TEST_PASSWORD)}` },
        body: form,
      },
    );
    expect(response.status).toBe(201);
    expect(await storedText(api, ((await response.json()) as { id: string }).id)).toBeNull();
  });
});
