import { endingEvent } from '../testing/endings';
import { startTestApp, type TestApp } from '../testing/test-app';

// 20 trials of 50 racers each ending the same initiative in different ways: exactly one may win every time.

describe('races', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const ending = (index: number) => endingEvent(api.demo.bodyIds.council, index);

  it('has exactly one winner in each of 20 trials of 50 racers, and never a 5xx', async () => {
    const winners: number[] = [];
    const serverErrors: number[] = [];
    for (let trial = 0; trial < 20; trial++) {
      const filed = await api.request('POST', '/api/initiatives', {
        title: `Kilpailu ${trial}`,
        text: 'Rinnakkaiset kirjoittajat.',
        kind: 'councillor',
        submittedOn: '2025-06-02',
        signatories: [],
        signatoryCount: 1,
        hasFinancialEffect: false,
        filedAt: { bodyId: api.demo.bodyIds.council, date: '2025-06-02', section: trial + 1 },
      });
      const id = filed.body.id as string;
      const racers = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          api.request(
            'POST',
            `/api/initiatives/${id}/events`,
            ending(index),
            index % 5 === 0 ? { 'If-Match': '"1"' } : {},
          ),
        ),
      );
      // Not referred yet: the annual list cannot close it and If-Match "1" is current, so only withdrawals can win.
      winners.push(racers.filter((response) => response.status === 200).length);
      serverErrors.push(racers.filter((response) => response.status >= 500).length);
      expect(await api.auditRows(id)).toBe(2);
    }
    expect(winners).toEqual(Array(20).fill(1));
    expect(serverErrors).toEqual(Array(20).fill(0));
  }, 120_000);
});
