import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { ROLES } from '@aloite/domain';
import { initiativeStages } from '../testing/initiative-stages';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';
import { uploadDocument } from '../testing/two-municipalities';

// Issue 21 item 2: open data in OParl 1.1. A client that knows only the System object's address crawls the demo
// municipality; every object validates against the OParl 1.1 schemas (test/oparl/schema), every address in it
// answers, every list pages through each of its objects once, `modified_since` returns exactly what changed, and no
// document that is not public is ever a File. Today is 21.5.2026.

const SCHEMAS = join(__dirname, '../../../../test/oparl/schema');
// The specification's own patterns escape `:` and `/`, which only a non-Unicode regular expression accepts.
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
for (const file of readdirSync(SCHEMAS).filter((name) => name.endsWith('.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')), file);
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- OParl JSON of any shape
const PUBLIC_HOST = 'avoindata.kajaani.fi';
const PUBLIC_ORIGIN = `https://${PUBLIC_HOST}`;
const root = `${PUBLIC_ORIGIN}/oparl/v1`;
const OPARL_TYPE = 'https://schema.oparl.org/1.1/';
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
/** The OParl lists of a Body, as the Body object names them. */
const LISTS = ['organization', 'meeting', 'paper', 'agendaItem', 'consultation', 'file'] as const;

describe('open data in OParl 1.1 (issue 21 item 2)', () => {
  let api: TestApp;
  let stages: ReturnType<typeof initiativeStages>;
  let committee: string;
  let token: string;

  beforeAll(async () => {
    api = await startTestApp('2026-05-21', { trustProxy: ['127.0.0.1'] });
    stages = initiativeStages(api);
    committee = (
      await api.request('POST', '/api/bodies', { name: 'Avoimen datan lautakunta', kind: 'committee' })
    ).body.id;
    await api.createUser(
      'oparl-staff',
      TEST_PASSWORD,
      [...ROLES],
      [...Object.values(api.demo.bodyIds), committee],
    );
    token = await api.signIn('oparl-staff', TEST_PASSWORD);
    const [demoInitiative] = Object.values(api.demo.initiativeIds);
    const uploaded = await uploadDocument(
      api,
      token,
      demoInitiative as string,
      { publicity: 'public' },
      'kartta.txt',
    );
    if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.text}`);
  });
  afterAll(() => api.close());

  /** As a client on the internet reaches the API: through the municipality's proxy, over HTTPS. */
  const get = async (url: string) => {
    const response = await fetch(url.replace(PUBLIC_ORIGIN, api.baseUrl), {
      headers: { 'x-forwarded-host': PUBLIC_HOST, 'x-forwarded-proto': 'https' },
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
    return { status: response.status, json, text, type: response.headers.get('content-type') };
  };
  const schemaOf = (value: Json) =>
    'data' in value && 'links' in value ? 'List.json' : `${String(value.type).split('/').pop()}.json`;
  const invalid = (value: Json) => (ajv.validate(schemaOf(value), value) ? null : ajv.errorsText(ajv.errors));
  /** Every OParl object in a document: itself and what it embeds. */
  const objectsIn = (value: Json): Json[] => {
    if (Array.isArray(value)) return value.flatMap(objectsIn);
    if (value === null || typeof value !== 'object') return [];
    const own = typeof value.id === 'string' && String(value.type).startsWith(OPARL_TYPE) ? [value] : [];
    return [...own, ...Object.values(value).flatMap(objectsIn)];
  };
  const urlsIn = (value: Json): string[] => {
    if (typeof value === 'string') return value.startsWith(`${PUBLIC_ORIGIN}/`) ? [value] : [];
    if (value === null || typeof value !== 'object') return [];
    return Object.values(value).flatMap(urlsIn);
  };

  /** Follows every address from the System object; answers what each gave and every problem met. */
  const crawl = async () => {
    const answers = new Map<string, Awaited<ReturnType<typeof get>>>();
    const problems: string[] = [];
    const queue = [`${root}/system`];
    while (queue.length > 0) {
      const url = queue.shift() as string;
      if (answers.has(url)) continue;
      const answer = await get(url);
      answers.set(url, answer);
      if (answer.status !== 200) problems.push(`${url} answered ${answer.status}`);
      if (answer.status !== 200 || answer.json === null) continue;
      for (const value of [answer.json, ...objectsIn(answer.json)]) {
        const error = invalid(value);
        if (error) problems.push(`${value.id ?? url}: ${error}`);
      }
      queue.push(...urlsIn(answer.json));
    }
    const objects = new Map<string, Json>();
    for (const { json } of answers.values())
      for (const object of objectsIn(json)) objects.set(object.id, object);
    return { answers, problems, objects };
  };
  /** Every page of a list, following `next`; the ids in page order. */
  const pages = async (url: string) => {
    const ids: string[] = [];
    const totals = new Set<number>();
    for (let next: string | undefined = url; next;) {
      const page = await get(next);
      expect([page.status, invalid(page.json)]).toEqual([200, null]);
      ids.push(...page.json.data.map((object: Json) => object.id));
      totals.add(page.json.pagination.totalElements);
      next = page.json.links.next;
    }
    return { ids, totals: [...totals] };
  };
  const body = async () => (await get(`${root}/bodies/kajaani`)).json;
  const ofType = (objects: Map<string, Json>, type: string) =>
    [...objects.values()].filter((object) => object.type === `${OPARL_TYPE}${type}`);

  /** An initiative the committee was asked about, alone on the agenda of the committee's meeting on `date`. */
  const itemOnAgenda = async (date: string) => {
    const initiativeId = await stages.referred();
    await stages.apply(initiativeId, {
      type: 'REQUEST_STATEMENT',
      bodyId: committee,
      date: '2026-05-04',
      dueDate: '2026-08-31',
      preparers: [],
    });
    const [meeting] = (
      await api.request('POST', `/api/bodies/${committee}/meetings`, {
        meetings: [{ date, startTime: '16:00' }],
      })
    ).body;
    const item = await api.request('POST', `/api/meetings/${meeting.id}/items`, {
      initiativeIds: [initiativeId],
      preparers: [{ name: 'Risto Hämäläinen', title: 'Kehittämispäällikkö' }],
      proposal: 'Lautakunta antaa lausuntonaan vastineen.',
      responseText: 'Vastine.',
    });
    expect(item.status).toBe(201);
    return { initiativeId, meetingId: meeting.id as string, itemId: item.body.id as string };
  };
  const publish = async (meetingId: string) =>
    expect(
      (await api.request('PATCH', `/api/meetings/${meetingId}`, { status: 'agendaPublished' })).status,
    ).toBe(200);
  const now = async (): Promise<string> =>
    (await api.database.dataSource.query(`SELECT to_json(clock_timestamp()) #>> '{}' AS now`))[0].now;

  it('crawls the demo from the System object: every object valid, every address answering', async () => {
    const { answers, problems, objects } = await crawl();
    expect(problems).toEqual([]);
    const kajaani = await body();
    expect(kajaani).toMatchObject({ id: `${root}/bodies/kajaani`, name: 'Kajaani' });
    // Addresses are absolute from the request's own origin; a proxy's headers count only from a trusted proxy.
    const direct = (await (await fetch(`${api.baseUrl}/oparl/v1/system`)).json()) as Json;
    expect(direct.body).toBe(`${api.baseUrl}/oparl/v1/bodies`);
    for (const type of ['Body', 'Organization', 'Meeting', 'AgendaItem', 'Paper', 'Consultation', 'File']) {
      expect([type, ofType(objects, type).length > 0]).toEqual([type, true]);
    }
    // Embedded objects answer at their own addresses too, as the same object.
    for (const object of objects.values()) {
      const own = answers.get(object.id)?.json;
      expect(own?.id).toBe(object.id);
    }
    // §§ 16 and 17 of the demo agenda are papers with their consultations.
    const papers = ofType(objects, 'Paper');
    expect(papers.every((paper) => typeof paper.reference === 'string' && paper.name)).toBe(true);
    expect(ofType(objects, 'AgendaItem').some((item) => item.number === '16 §')).toBe(true);
    // Each body, organization, meeting and paper links its public HTML page (OParl `web`), which names it.
    const viewed = ['Body', 'Organization', 'Meeting', 'Paper'].flatMap((type) => ofType(objects, type));
    for (const object of viewed) {
      const page = answers.get(object.web);
      expect([object.id, page?.status, page?.type]).toEqual([object.id, 200, 'text/html; charset=utf-8']);
      expect([object.id, page?.text.includes(`<html lang="fi"`)]).toEqual([object.id, true]);
    }
    for (const paper of papers) expect(answers.get(paper.web)?.text).toContain(paper.reference);
    // No e-mail address, no audit trail, no uploader anywhere.
    for (const { text } of answers.values()) {
      expect(text).not.toMatch(EMAIL);
      expect(text).not.toContain('demo-data');
    }
  });

  it('pages every list so that each object comes exactly once, as many as it says', async () => {
    const { objects } = await crawl();
    const kajaani = await body();
    const types = {
      organization: 'Organization',
      meeting: 'Meeting',
      paper: 'Paper',
      agendaItem: 'AgendaItem',
      consultation: 'Consultation',
      file: 'File',
    } as const;
    for (const list of LISTS) {
      const { ids, totals } = await pages(`${kajaani[list]}?limit=2`);
      expect([list, new Set(ids).size]).toEqual([list, ids.length]);
      expect([list, totals]).toEqual([list, [ids.length]]);
      expect([list, [...ids].sort()]).toEqual([
        list,
        ofType(objects, types[list])
          .map((object) => object.id)
          .sort(),
      ]);
    }
    const bodies = await pages(`${root}/bodies?limit=1`);
    expect(bodies.ids).toContain(kajaani.id);
    // An organization's meetings are the Body's meetings of that organization.
    for (const organization of ofType(objects, 'Organization')) {
      const { ids } = await pages(organization.meeting);
      const own = ofType(objects, 'Meeting').filter((meeting) => meeting.organization[0] === organization.id);
      expect(ids.sort()).toEqual(own.map((meeting) => meeting.id).sort());
    }
  });

  it('lists with modified_since exactly the objects changed after the instant', async () => {
    const before = await stages.referred();
    const uploadedTo = await stages.file('Aloite, johon liitetään julkinen asiakirja');
    const [meeting] = (
      await api.request('POST', `/api/bodies/${committee}/meetings`, {
        meetings: [{ date: '2026-09-15', startTime: '16:00' }],
      })
    ).body;
    const kajaani = await body();
    const consultationsOf = async (id: string): Promise<string[]> =>
      (await get(`${kajaani.paper}/${id}`)).json.consultation.map((consultation: Json) => consultation.id);
    const earlier = await consultationsOf(before);
    const published = await itemOnAgenda('2026-09-16');
    await publish(published.meetingId);
    const draft = await itemOnAgenda('2026-09-17');
    const since = await now();

    await api.request('PATCH', `/api/bodies/${committee}`, { name: 'Avoimen datan ja tiedon lautakunta' });
    await stages.apply(before, {
      type: 'RECORD_BOARD_DECISION',
      meeting: { bodyId: api.demo.bodyIds.board, date: '2026-05-18', section: 77 },
      proposal: 'Kaupunginhallitus esittää vastauksen valtuustolle.',
      decision: 'Hyväksyttiin.',
      decisionType: 'asProposed',
      outcome: 'proposeToCouncil',
    });
    const filed = await stages.file('Aloite, joka jätettiin hetken jälkeen');
    expect(
      (await api.request('PATCH', `/api/meetings/${meeting.id}`, { place: 'Kaupungintalo' })).status,
    ).toBe(200);
    const uploaded = await uploadDocument(
      api,
      token,
      uploadedTo,
      { publicity: 'public' },
      'julkinen-liite.txt',
    );
    expect(uploaded.status).toBe(201);
    // A published item corrected, with its reason; a draft item edited, which no one outside sees.
    const edit = (item: { meetingId: string; itemId: string }, body: object) =>
      api.as(token)('PATCH', `/api/meetings/${item.meetingId}/items/${item.itemId}`, body);
    expect((await edit(published, { proposal: 'Korjattu ehdotus.', reason: 'Kirjoitusvirhe.' })).status).toBe(
      200,
    );
    expect((await edit(draft, { proposal: 'Luonnos muuttui.' })).status).toBe(200);

    const url = (list: string, id: string) => `${kajaani[list]}/${id}`;
    const added = (await consultationsOf(before)).filter((id) => !earlier.includes(id));
    expect(added).toHaveLength(1);
    const changed: Record<(typeof LISTS)[number], string[]> = {
      organization: [url('organization', committee)],
      meeting: [url('meeting', meeting.id), url('meeting', published.meetingId)],
      paper: [url('paper', before), url('paper', uploadedTo), url('paper', filed)],
      agendaItem: [url('agendaItem', published.itemId)],
      consultation: added,
      file: [url('file', uploaded.body.id)],
    };
    for (const list of LISTS) {
      const { ids } = await pages(`${kajaani[list]}?limit=2&modified_since=${encodeURIComponent(since)}`);
      expect([list, ids.sort()]).toEqual([list, changed[list].sort()]);
      const until = await pages(`${kajaani[list]}?modified_until=${encodeURIComponent(since)}`);
      expect([list, until.ids.filter((id) => changed[list].includes(id))]).toEqual([list, []]);
    }
    expect((await pages(`${root}/bodies?modified_since=${encodeURIComponent(since)}`)).ids).toEqual([]);
    const created = await pages(`${kajaani.paper}?created_since=${encodeURIComponent(since)}`);
    expect(created.ids).toEqual([url('paper', filed)]);
  });

  /** An initiative on the committee's agenda of 18.5., with a document of each non-public class. */
  const agendaWithHiddenDocuments = async () => {
    const { initiativeId, meetingId, itemId } = await itemOnAgenda('2026-05-18');
    const upload = async (fields: Record<string, string>, name: string) => {
      const uploaded = await uploadDocument(api, token, initiativeId, fields, name);
      expect(uploaded.status).toBe(201);
      return uploaded.body.id as string;
    };
    const waiting = await upload(
      {
        publicity: 'notYetPublic',
        bodyId: committee,
        agendaItemId: itemId,
        publicOnceMinutesChecked: 'true',
      },
      'odottaa-tarkastusta.txt',
    );
    const secret = await upload(
      { publicity: 'confidential', legalGround: 'JulkL 24 § 1 mom. 25 k.' },
      'salassa-pidettava.txt',
    );
    await publish(meetingId);
    return { initiativeId, meetingId, itemId, waiting, secret };
  };

  it('never makes a not-yet-public or a confidential document a File; the first is one once the minutes are checked', async () => {
    const { initiativeId, meetingId, itemId, waiting, secret } = await agendaWithHiddenDocuments();
    const kajaani = await body();
    const appearances = async () => {
      const { answers, problems } = await crawl();
      expect(problems).toEqual([]);
      const texts = [...answers.values()].map(({ text }) => text).join('\n');
      return {
        waiting: texts.includes(waiting) || texts.includes('odottaa-tarkastusta'),
        secret: texts.includes(secret) || texts.includes('salassa-pidettava'),
      };
    };
    expect(await appearances()).toEqual({ waiting: false, secret: false });
    for (const id of [waiting, secret]) expect((await get(`${kajaani.file}/${id}`)).status).toBe(404);
    expect((await get(`${kajaani.agendaItem}/${itemId}`)).json.auxiliaryFile).toEqual([]);

    expect((await api.request('PATCH', `/api/meetings/${meetingId}`, { status: 'held' })).status).toBe(200);
    // The committee's decision is recorded by someone who serves it.
    const decided = await api.as(token)('POST', `/api/meetings/${meetingId}/items/${itemId}/decision`, {
      decisionType: 'asProposed',
    });
    expect(decided.status).toBe(200);
    const checked = await api.request('POST', `/api/meetings/${meetingId}/minutes-checked`, {
      date: '2026-05-18',
    });
    expect(checked.status).toBe(200);

    expect(await appearances()).toEqual({ waiting: true, secret: false });
    const file = (await get(`${kajaani.file}/${waiting}`)).json;
    expect(file).toMatchObject({
      fileName: 'odottaa-tarkastusta.txt',
      accessUrl: `${PUBLIC_ORIGIN}/api/attachments/${waiting}/content`,
      paper: [`${kajaani.paper}/${initiativeId}`],
      agendaItem: [`${kajaani.agendaItem}/${itemId}`],
    });
    expect((await get(file.accessUrl)).status).toBe(200);
    expect((await get(`${kajaani.agendaItem}/${itemId}`)).json.auxiliaryFile.map((f: Json) => f.id)).toEqual([
      file.id,
    ]);
    expect((await get(`${kajaani.file}/${secret}`)).status).toBe(404);
  });

  it('marks the items of an agenda withdrawn by cancelling its meeting deleted, at their addresses and in lists', async () => {
    const { meetingId, itemId } = await itemOnAgenda('2026-06-10');
    const kajaani = await body();
    const address = `${kajaani.agendaItem}/${itemId}`;
    expect((await get(address)).status).toBe(404);
    await publish(meetingId);
    expect((await get(address)).json).toMatchObject({ id: address, name: expect.any(String) });
    const since = await now();
    await api.request('PATCH', `/api/meetings/${meetingId}`, { status: 'cancelled' });

    const marker = (await get(address)).json;
    expect(marker).toEqual({
      id: address,
      type: 'https://schema.oparl.org/1.1/AgendaItem',
      created: expect.any(String),
      modified: expect.any(String),
      deleted: true,
    });
    expect(invalid(marker)).toBeNull();
    const changed = await get(`${kajaani.agendaItem}?modified_since=${encodeURIComponent(since)}`);
    expect(changed.json.data).toEqual([marker]);
    const cancelled = (await get(`${kajaani.meeting}/${meetingId}`)).json;
    expect(cancelled).toMatchObject({ cancelled: true, agendaItem: [] });
  });

  it('answers bad input with a problem, never a 500', async () => {
    const kajaani = await body();
    const problem = async (url: string) => {
      const answer = await get(url);
      return [answer.status, answer.type?.split(';')[0], answer.json?.code];
    };
    const notFound = [404, 'application/problem+json', 'NOT_FOUND'];
    const invalidQuery = [400, 'application/problem+json', 'VALIDATION_FAILED'];
    expect(await problem(`${root}/bodies/no-such-town`)).toEqual(notFound);
    expect(await problem(`${root}/bodies/no-such-town/papers`)).toEqual(notFound);
    expect(await problem(`${kajaani.id}/no-such-list`)).toEqual(notFound);
    for (const id of ['123', '00000000-0000-0000-0000-000000000000', "x' OR 1=1", 'ÄÖ'.repeat(50)]) {
      for (const list of LISTS)
        expect(await problem(`${kajaani[list]}/${encodeURIComponent(id)}`)).toEqual(notFound);
    }
    expect(
      await problem(
        `${kajaani.consultation}/${api.demo.initiativeIds[Object.keys(api.demo.initiativeIds)[0] as string]}.999`,
      ),
    ).toEqual(notFound);
    for (const query of [
      'modified_since=yesterday',
      'modified_since=2026-02-31T00:00:00Z',
      'modified_since=2026-05-01T10:00:00',
      'created_until=99999-01-01T00:00:00Z',
      'modified_until=2026-05-01T25:00:00Z',
      'page=0',
      'page=-1',
      'page=1.5',
      'page=99999999999',
      'limit=0',
      'limit=abc',
      'page=1&page=2',
      'pagina=2',
    ]) {
      expect([query, ...(await problem(`${kajaani.paper}?${query}`))]).toEqual([query, ...invalidQuery]);
    }
    const beyond = await get(`${kajaani.paper}?page=999999999`);
    expect([beyond.status, beyond.json.data, invalid(beyond.json)]).toEqual([200, [], null]);
    const capped = await get(`${kajaani.paper}?limit=100000`);
    expect(capped.json.pagination.elementsPerPage).toBe(50);
  });
});
