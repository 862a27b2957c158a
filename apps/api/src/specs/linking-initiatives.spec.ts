import { initiativeStages } from '../testing/initiative-stages';
import { municipalityFromTemplate } from '../testing/municipality-from-template';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

// Issue 16, item 7 and domain § 8.7: initiatives are linked (`related`, `duplicateOf`, `answeredJointly`), shown on
// both sides; § 17's answer "the matter was handled in an earlier initiative" is a `related` link. A link is a
// legal record: its removal is written, the link stays as history.

describe('links between initiatives (issue 16, domain § 8.7)', () => {
  let api: TestApp;
  let stages: ReturnType<typeof initiativeStages>;

  beforeAll(async () => {
    api = await startTestApp('2026-05-21');
    stages = initiativeStages(api);
  });
  afterAll(() => api.close());

  const links = async (id: string) => (await api.request('GET', `/api/initiatives/${id}/links`)).body;
  const initiative = async (id: string) => (await api.request('GET', `/api/initiatives/${id}`)).body;
  const link = (id: string, body: object) => api.request('POST', `/api/initiatives/${id}/links`, body);
  const linkRows = async () =>
    (
      (await api.database.dataSource.query(`SELECT count(*)::int AS n FROM initiative_link`)) as {
        n: number;
      }[]
    )[0]?.n;

  it('shows § 17’s earlier initiative on both sides, and a duplicate as “is a duplicate of” and “has a duplicate”', async () => {
    const seventeen = api.demo.initiativeIds['KAJDno-2026-726'] as string;
    // "Tein viime vuonna aloitteen työvoimapalveluiden tehostamisesta tekoälyn avulla."
    const lastYear = initiativeStages(api, '2025-06-02');
    const earlier = await lastYear.file('Valtuustoaloite työvoimapalveluiden tehostamisesta tekoälyn avulla');
    const related = await link(seventeen, { kind: 'related', initiativeId: earlier });
    expect(related.status).toBe(201);
    expect(related.body).toMatchObject({
      kind: 'related',
      direction: 'outgoing',
      initiative: {
        id: earlier,
        title: 'Valtuustoaloite työvoimapalveluiden tehostamisesta tekoälyn avulla',
        state: 'registered',
      },
      removedAt: null,
    });
    const fromEarlier = (await initiative(earlier)).links;
    expect(fromEarlier).toEqual([
      expect.objectContaining({
        id: related.body.id,
        kind: 'related',
        direction: 'incoming',
        initiative: expect.objectContaining({ id: seventeen }),
      }),
    ]);

    const duplicate = await stages.file('Sama aloite toiseen kertaan');
    const original = await stages.file('Alkuperäinen aloite');
    expect((await link(duplicate, { kind: 'duplicateOf', initiativeId: original })).status).toBe(201);
    expect((await initiative(duplicate)).links).toEqual([
      expect.objectContaining({
        kind: 'duplicateOf',
        direction: 'outgoing',
        initiative: expect.objectContaining({ id: original }),
      }),
    ]);
    expect((await initiative(original)).links).toEqual([
      expect.objectContaining({
        kind: 'duplicateOf',
        direction: 'incoming',
        initiative: expect.objectContaining({ id: duplicate }),
      }),
    ]);
  });

  it('refuses a link to itself, the same link again (either way), an unknown or another municipality’s initiative, and any role but the registry', async () => {
    const a = await stages.file();
    const b = await stages.file();
    expect((await link(a, { kind: 'answeredJointly', initiativeId: b })).status).toBe(201);
    const before = await linkRows();

    const self = await link(a, { kind: 'related', initiativeId: a });
    expect([self.status, self.body.code]).toEqual([409, 'LINK_TO_ITSELF']);
    for (const [from, to] of [
      [a, b],
      [b, a],
    ]) {
      const again = await link(from as string, { kind: 'answeredJointly', initiativeId: to });
      expect([again.status, again.body.code]).toEqual([409, 'LINK_EXISTS']);
    }
    const unknown = await link(a, { kind: 'related', initiativeId: '00000000-0000-4000-8000-000000000000' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);
    const badKind = await link(a, { kind: 'sibling', initiativeId: b });
    expect([badKind.status, badKind.body.errors?.[0]?.field]).toEqual([400, 'kind']);

    const { admin: beetala, registrar: beetalaRegistrar } = await municipalityFromTemplate(api, 'beetala', [
      ...['--municipality', 'Beetala', '--template', 'espoo', '--prefix', 'BEETAdno'],
    ]);
    const council = ((await beetala('GET', '/api/bodies')).body as { id: string; kind: string }[]).find(
      (body) => body.kind === 'council',
    )?.id;
    const foreign = await beetalaRegistrar('POST', '/api/initiatives', {
      title: 'Beetalan aloite',
      text: 'Teksti.',
      kind: 'councillor',
      submittedOn: '2026-05-04',
      signatories: [{ name: 'Beeta Valtuutettu' }],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { bodyId: council, date: '2026-05-04', section: 1 },
    });
    expect(foreign.status).toBe(201);
    const across = await link(a, { kind: 'related', initiativeId: foreign.body.id });
    expect([across.status, across.body.code]).toEqual([404, 'NOT_FOUND']);
    const fromThere = await beetalaRegistrar('POST', `/api/initiatives/${foreign.body.id}/links`, {
      kind: 'related',
      initiativeId: a,
    });
    expect([fromThere.status, fromThere.body.code]).toEqual([404, 'NOT_FOUND']);
    expect((await beetalaRegistrar('GET', `/api/initiatives/${a}/links`)).status).toBe(404);

    await api.createUser('links-staff', TEST_PASSWORD, ['councilStaff']);
    const staff = api.as(await api.signIn('links-staff', TEST_PASSWORD));
    const forbidden = await staff('POST', `/api/initiatives/${a}/links`, {
      kind: 'related',
      initiativeId: b,
    });
    expect([forbidden.status, forbidden.body.code]).toEqual([403, 'FORBIDDEN']);
    expect((await staff('GET', `/api/initiatives/${a}/links`)).body).toHaveLength(1);
    expect(await linkRows()).toBe(before);
  });

  it('removes a link from either side, keeping it as history, after which it may be made again', async () => {
    const a = await stages.file();
    const b = await stages.file();
    const made = (await link(a, { kind: 'related', initiativeId: b })).body;
    const removed = await api.request('DELETE', `/api/initiatives/${b}/links/${made.id}`);
    expect(removed.status).toBe(204);
    expect((await initiative(a)).links).toEqual([]);
    expect((await initiative(b)).links).toEqual([]);
    expect(await links(a)).toEqual([
      expect.objectContaining({ id: made.id, removedAt: expect.any(String), removedBy: expect.any(String) }),
    ]);
    const twice = await api.request('DELETE', `/api/initiatives/${a}/links/${made.id}`);
    expect([twice.status, twice.body.code]).toEqual([404, 'NOT_FOUND']);
    expect((await link(b, { kind: 'related', initiativeId: a })).status).toBe(201);
    expect(await links(a)).toHaveLength(2);
  });

  it('lets no one rewrite or delete a link but by writing its removal once', async () => {
    const a = await stages.file();
    const b = await stages.file();
    const made = (await link(a, { kind: 'related', initiativeId: b })).body;
    await expect(
      api.database.dataSource.query(`UPDATE initiative_link SET kind = 'duplicateOf' WHERE id = $1`, [
        made.id,
      ]),
    ).rejects.toThrow('only its removal is written, once');
    await expect(
      api.database.dataSource.query(`DELETE FROM initiative_link WHERE id = $1`, [made.id]),
    ).rejects.toThrow('only its removal is written, once');
    expect((await api.request('DELETE', `/api/initiatives/${a}/links/${made.id}`)).status).toBe(204);
    await expect(
      api.database.dataSource.query(
        `UPDATE initiative_link SET removed_at = now(), removed_by = 'x' WHERE id = $1`,
        [made.id],
      ),
    ).rejects.toThrow('only its removal is written, once');
  });
});
