import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

// Issue 19: "My tasks" for the registrar – initiatives to refer, requests overdue, board decisions due, the annual
// list due – from the rules of domain.md: registered is "not yet referred", boardPreparation "the board prepares; no
// statement request open", a deadline is dueSoon within 30 days and overdue after it; Kajaani's list is due 31.3.

const DAY = 24 * 60 * 60 * 1000;

interface Tasks {
  toRefer: { initiativeId: string; diaryNumber: string }[];
  toReferTotal: number;
  overdueRequests: { diaryNumber: string; bodyId: string | null; dueDate: string }[];
  overdueRequestsTotal: number;
  boardDecisions: { diaryNumber: string }[];
  boardDecisionsTotal: number;
  annualList: { year: number; dueDate: string; status: string } | null;
}

describe('the registrar’s tasks on the dashboard', () => {
  let api: TestApp;
  let registrar: TestApp['request'];
  const signInAgain = async () => {
    registrar = api.as(await api.signIn('kirjaamo', TEST_PASSWORD));
  };
  const tasks = async () => (await registrar('GET', '/api/dashboard')).body.myTasks as Tasks;
  // Sessions last 12 hours: after the clock moves on, the registrar signs in again and asks everything.
  /** The list in filing order, as the list's own state filter finds it: the oracle. */
  const inState = async (state: string) => {
    const page = (await registrar('GET', `/api/initiatives?state=${state}&sort=filedAt&limit=200`)).body;
    return {
      total: page.total as number,
      diaryNumbers: (page.items as { diaryNumber: string }[]).map((item) => item.diaryNumber),
    };
  };

  beforeAll(async () => {
    api = await startTestApp('2026-02-20');
    await api.createUser('kirjaamo', TEST_PASSWORD, ['registrar']);
    await signInAgain();
  });
  afterAll(() => api.close());

  it('names the annual list only once it is due within 30 days, and as late after its day', async () => {
    expect((await tasks()).annualList).toBeNull();
    api.clock.advance(10 * DAY);
    await signInAgain();
    expect((await tasks()).annualList).toEqual({ year: 2026, dueDate: '2026-03-31', status: 'dueSoon' });
    api.clock.advance(80 * DAY);
    await signInAgain();
    expect((await tasks()).annualList).toEqual({ year: 2026, dueDate: '2026-03-31', status: 'overdue' });
  });

  it('lists the initiatives to refer and the board decisions due, oldest first, as the state filter finds them', async () => {
    const mine = await tasks();
    const registered = await inState('registered');
    expect(registered.total).toBeGreaterThan(0);
    expect(mine.toReferTotal).toBe(registered.total);
    expect(mine.toRefer.map((task) => task.diaryNumber)).toEqual(registered.diaryNumbers.slice(0, 10));
    const preparing = await inState('boardPreparation');
    expect(preparing.total).toBeGreaterThan(0);
    expect(mine.boardDecisionsTotal).toBe(preparing.total);
    expect(mine.boardDecisions.map((task) => task.diaryNumber)).toEqual(preparing.diaryNumbers.slice(0, 10));
  });

  it('lists the open statement requests past their due date, earliest first', async () => {
    const today = (await registrar('GET', '/api/dashboard')).body.today as string;
    const items = (await registrar('GET', '/api/initiatives?limit=200')).body.items as {
      diaryNumber: string;
      statements: { bodyId: string | null; status: string; dueDate: string | null }[];
    }[];
    const late = items
      .flatMap((item) =>
        item.statements
          .filter(
            (request) => request.status === 'open' && request.dueDate !== null && request.dueDate < today,
          )
          .map((request) => ({
            diaryNumber: item.diaryNumber,
            bodyId: request.bodyId,
            dueDate: request.dueDate,
          })),
      )
      .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
    expect(late).toContainEqual({
      diaryNumber: 'KAJDno-2025-1630',
      bodyId: api.demo.bodyIds.technical,
      dueDate: '2026-03-31',
    });
    const mine = await tasks();
    expect(mine.overdueRequestsTotal).toBe(late.length);
    expect(
      mine.overdueRequests.map(({ diaryNumber, bodyId, dueDate }) => ({ diaryNumber, bodyId, dueDate })),
    ).toEqual(late.slice(0, 10));
  });

  it('drops the annual list once the council has decided it', async () => {
    const id = (await registrar('GET', '/api/initiatives?q=KAJDno-2025-1630')).body.items[0].id as string;
    const decided = await registrar('POST', '/api/annual-lists/2026/decision', {
      meeting: { bodyId: api.demo.bodyIds.council, date: '2026-05-18', section: 40 },
      annualListId: 'KAJDno-2026-300',
      close: [id],
      keep: [],
    });
    expect(decided.status).toBe(200);
    expect((await tasks()).annualList).toBeNull();
  });

  it('are the registry’s: council staff and committee secretaries get none, the secretary keeps their requests', async () => {
    await api.createUser('valtuusto', TEST_PASSWORD, ['councilStaff']);
    await api.createUser('jaosto', TEST_PASSWORD, ['committeeSecretary'], [api.demo.bodyIds.employment]);
    const staff = api.as(await api.signIn('valtuusto', TEST_PASSWORD));
    const secretary = api.as(await api.signIn('jaosto', TEST_PASSWORD));
    expect((await staff('GET', '/api/dashboard')).body.myTasks).toBeNull();
    const forSecretary = (await secretary('GET', '/api/dashboard')).body;
    expect(forSecretary.myTasks).toBeNull();
    expect(forSecretary.myRequests.length).toBeGreaterThan(0);
  });
});
