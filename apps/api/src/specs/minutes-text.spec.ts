import { startTestApp, type TestApp } from '../testing/test-app';

describe('the minutes text of a handling', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const initiative16 = () =>
    api.request('GET', `/api/initiatives/${api.demo.initiativeIds['KAJDno-2026-577']}`);

  it('gives the Finnish paragraph of the council’s referral of § 16, with the body’s name and the cited §', async () => {
    const { body } = await initiative16();
    const referral = (body.handlings as { seq: number; event: string }[]).find(
      (h) => h.event === 'REFER_TO_BOARD',
    );
    const response = await api.request(
      'GET',
      `/api/initiatives/${body.id}/handlings/${referral?.seq}/minutes`,
    );
    expect(response.status).toBe(200);
    expect(response.body.seq).toBe(referral?.seq);
    const text = response.body.text as string;
    expect(
      text.startsWith(
        'Kaupunginvaltuusto, 31.03.2026, § 30\n\nValtuustoaloite työllisyysbonuksesta opiskeluun\n\nKAJDno-2026-577',
      ),
    ).toBe(true);
    expect(text).toContain('kaupungin hallintosäännön 119 §:n mukaisesti');
  });

  it('answers 404 for a handling the initiative does not have, or a sequence that is not one', async () => {
    const { body } = await initiative16();
    for (const seq of ['999', '0', '-1', '1.5', 'abc']) {
      const response = await api.request('GET', `/api/initiatives/${body.id}/handlings/${seq}/minutes`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    const filing = await api.request('GET', `/api/initiatives/${body.id}/handlings/1/minutes`);
    expect(filing.status).toBe(404);
  });

  it('is for signed-in staff', async () => {
    const { body } = await initiative16();
    expect((await api.anonymous('GET', `/api/initiatives/${body.id}/handlings/2/minutes`)).status).toBe(401);
  });
});
