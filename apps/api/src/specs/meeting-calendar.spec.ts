import { initiativeStages } from '../testing/initiative-stages';
import { TEST_PASSWORD, startTestApp, type TestApp, type TestResponse } from '../testing/test-app';

// Issue 16 item 1 and domain § 8.1: a body's meetings, a year's calendar at once, moved while planned, published,
// held, cancelled before they are held, their minutes checked once every item is decided; the logs of it all are
// append-only. Today is 21.5.2026.

const TODAY = '2026-05-21';
/** Domain § 8.1: a body meets monthly but for July; one row of it is invalid in each refused try. */
const CALENDAR_2027 = ['01', '02', '03', '04', '05', '06', '08', '09', '10', '11', '12'].map((month) => ({
  date: `2027-${month}-15`,
  startTime: '16:30',
  place: 'Valtuustotalo, kokoushuone 2',
}));

describe('a body’s meeting calendar (issue 16 item 1, domain § 8.1)', () => {
  let api: TestApp;
  let stages: ReturnType<typeof initiativeStages>;
  let committee: string;
  /** The committee's secretary: the registry may keep its meetings too, but only she records its statements. */
  let secretary: TestApp['request'];

  beforeAll(async () => {
    api = await startTestApp(TODAY);
    stages = initiativeStages(api);
    committee = (await api.request('POST', '/api/bodies', { name: 'Kalenterilautakunta', kind: 'committee' }))
      .body.id;
    await api.createUser('kalenterisihteeri', TEST_PASSWORD, ['committeeSecretary'], [committee]);
    secretary = api.as(await api.signIn('kalenterisihteeri', TEST_PASSWORD));
  });
  afterAll(() => api.close());

  /** The meetings' ids, in date order. */
  const plan = async (...meetings: object[]): Promise<string[] & Record<number, string>> => {
    const planned = await secretary('POST', `/api/bodies/${committee}/meetings`, { meetings });
    if (planned.status !== 201) throw new Error(`planning: ${planned.text}`);
    return planned.body.map((meeting: { id: string }) => meeting.id);
  };
  const meetingOn = async (date: string) => (await plan({ date, startTime: '16:00' }))[0];
  const change = (id: string, body: object) => secretary('PATCH', `/api/meetings/${id}`, body);
  const meeting = async (id: string) => (await api.request('GET', `/api/meetings/${id}`)).body;
  const refusal = (response: TestResponse) => [response.status, response.body.code];
  const changesLogged = async (id: string) => {
    const [{ n }] = (await api.database.dataSource.query(
      `SELECT count(*)::int AS n FROM meeting_change WHERE meeting_id = $1`,
      [id],
    )) as [{ n: number }];
    return n;
  };
  /** An initiative the committee was asked to give its statement on, on the agenda of its meeting that day. */
  const itemOn = async (date: string) => {
    const initiativeId = await stages.referred();
    await stages.apply(initiativeId, {
      type: 'REQUEST_STATEMENT',
      bodyId: committee,
      date: '2026-05-04',
      dueDate: '2026-08-31',
      preparers: [],
    });
    const meetingId = await meetingOn(date);
    const item = await secretary('POST', `/api/meetings/${meetingId}/items`, {
      initiativeIds: [initiativeId],
      preparers: [{ name: 'Risto Hämäläinen', title: 'Kehittämispäällikkö' }],
      proposal: 'Lautakunta antaa lausuntonaan vastineen.',
      responseText: 'Vastine.',
    });
    if (item.status !== 201) throw new Error(`agenda: ${item.text}`);
    return { meetingId, itemId: item.body.id as string, initiativeId };
  };

  it('plans a year’s calendar at once, and none of it when one row is invalid', async () => {
    const calendar = () => api.request('GET', `/api/bodies/${committee}/meetings?year=2027`);
    for (const invalid of [{ date: '2027-02-30' }, { startTime: '24:00' }, { place: 'x'.repeat(201) }]) {
      const meetings = CALENDAR_2027.map((row, index) => (index === 5 ? { ...row, ...invalid } : row));
      const refused = await api.request('POST', `/api/bodies/${committee}/meetings`, { meetings });
      expect([refused.status, refused.body.errors?.[0]?.field]).toEqual([
        400,
        `meetings.5.${Object.keys(invalid)[0]}`,
      ]);
      expect((await calendar()).body).toEqual([]);
    }
    expect(refusal(await api.request('POST', `/api/bodies/${committee}/meetings`, { meetings: [] }))).toEqual(
      [400, 'VALIDATION_FAILED'],
    );

    const planned = await api.request('POST', `/api/bodies/${committee}/meetings`, {
      meetings: [...CALENDAR_2027].reverse(),
    });
    expect(planned.status).toBe(201);
    const expected = CALENDAR_2027.map((row) =>
      expect.objectContaining({ ...row, bodyId: committee, status: 'planned', minutesCheckedOn: null }),
    );
    expect(planned.body).toEqual(expected);
    expect((await calendar()).body).toEqual(expected);
  });

  it('answers a year that is not a year with 400', async () => {
    for (const year of ['abc', '2026.5', '99999']) {
      const refused = await api.request('GET', `/api/bodies/${committee}/meetings?year=${year}`);
      expect([...refusal(refused), refused.body.errors?.[0]?.field]).toEqual([
        400,
        'VALIDATION_FAILED',
        'year',
      ]);
    }
  });

  it('moves a planned meeting (date, time, place) and refuses any move once its agenda is published', async () => {
    const id = (await plan({ date: '2026-06-10', startTime: '16:30', place: 'Sali A' }))[0];
    expect((await change(id, { date: '2026-06-11' })).status).toBe(200);
    const moved = await change(id, { startTime: '17:15', place: 'Sali B' });
    expect(moved.body).toMatchObject({
      date: '2026-06-11',
      startTime: '17:15',
      place: 'Sali B',
      status: 'planned',
    });
    expect((await change(id, { status: 'agendaPublished' })).body.status).toBe('agendaPublished');

    const published = await meeting(id);
    const logged = await changesLogged(id);
    for (const move of [{ date: '2026-06-12' }, { startTime: '09:00' }, { place: 'Sali C' }]) {
      expect(refusal(await change(id, move))).toEqual([422, 'MEETING_STEP_NOT_ALLOWED']);
    }
    expect(await meeting(id)).toEqual(published);
    expect(await changesLogged(id)).toBe(logged);
  });

  it('cancels a planned and a published meeting, and refuses to cancel one that has been held', async () => {
    // Answered in date order.
    const [held, planned, published] = await plan(
      { date: '2026-05-19', startTime: '16:00' },
      { date: '2026-06-01', startTime: '16:00' },
      { date: '2026-06-02', startTime: '16:00' },
    );
    expect((await change(planned, { status: 'cancelled' })).body.status).toBe('cancelled');
    await change(published, { status: 'agendaPublished' });
    expect((await change(published, { status: 'cancelled' })).body.status).toBe('cancelled');
    expect((await change(held, { status: 'held' })).body.status).toBe('held');
    const logged = await changesLogged(held);
    expect(refusal(await change(held, { status: 'cancelled' }))).toEqual([422, 'MEETING_STEP_NOT_ALLOWED']);
    expect((await meeting(held)).status).toBe('held');
    expect(await changesLogged(held)).toBe(logged);
  });

  it('marks a meeting held on its day or after, never one that lies ahead', async () => {
    const [today, tomorrow] = await plan(
      { date: TODAY, startTime: '08:00' },
      { date: '2026-05-22', startTime: '08:00' },
    );
    expect(refusal(await change(tomorrow, { status: 'held' }))).toEqual([422, 'MEETING_NOT_YET_HELD']);
    expect((await meeting(tomorrow)).status).toBe('planned');
    expect(await changesLogged(tomorrow)).toBe(1);
    expect((await change(today, { status: 'held' })).body.status).toBe('held');
  });

  it('checks the minutes only once every item is decided, on a day between the meeting and today', async () => {
    const { meetingId, itemId } = await itemOn('2026-05-18');
    await change(meetingId, { status: 'held' });
    const check = (date: string) => secretary('POST', `/api/meetings/${meetingId}/minutes-checked`, { date });
    expect(refusal(await check('2026-05-19'))).toEqual([422, 'AGENDA_ITEMS_UNDECIDED']);
    const decided = await secretary('POST', `/api/meetings/${meetingId}/items/${itemId}/decision`, {
      decisionType: 'asProposed',
    });
    expect(decided.status).toBe(200);
    const held = await meeting(meetingId);
    for (const date of ['2026-05-17', '2026-05-22']) {
      const refused = await check(date);
      expect([refused.status, refused.body.errors?.[0]?.field]).toEqual([400, 'date']);
    }
    expect(await meeting(meetingId)).toEqual(held);
    const checked = await check('2026-05-18');
    expect(checked.body).toMatchObject({ status: 'minutesChecked', minutesCheckedOn: '2026-05-18' });
  });

  it('refuses a decision on an item of a cancelled meeting, writing nothing', async () => {
    const { meetingId, itemId, initiativeId } = await itemOn('2026-05-19');
    await change(meetingId, { status: 'cancelled' });
    const before = await api.auditRows(initiativeId);
    const refused = await secretary('POST', `/api/meetings/${meetingId}/items/${itemId}/decision`, {
      decisionType: 'asProposed',
    });
    expect(refusal(refused)).toEqual([422, 'MEETING_CANCELLED']);
    expect(await api.auditRows(initiativeId)).toBe(before);
    expect((await api.request('GET', `/api/initiatives/${initiativeId}`)).body.state).toBe(
      'awaitingStatements',
    );
    expect((await meeting(meetingId)).items[0]).toMatchObject({ decision: null });
  });

  it.each(['meeting_change', 'agenda_item_change'])(
    'keeps %s append-only: UPDATE, DELETE and TRUNCATE refused by the database',
    async (log) => {
      const owner = api.database.dataSource;
      const rows = () => owner.query(`SELECT to_jsonb(l)::text AS row FROM ${log} l ORDER BY id`);
      const before = await rows();
      expect(before.length).toBeGreaterThan(0);
      for (const [operation, sql] of <const>[
        ['UPDATE', `UPDATE ${log} SET actor = 'joku muu'`],
        ['DELETE', `DELETE FROM ${log}`],
        ['TRUNCATE', `TRUNCATE ${log}`],
      ]) {
        await expect(owner.query(sql)).rejects.toThrow(`${log} is append-only: ${operation} refused`);
      }
      expect(await rows()).toEqual(before);
    },
  );

  describe('who may keep the calendar', () => {
    let writes: { name: string; send: (as: TestApp['request']) => Promise<TestResponse> }[];
    let reads: string[];
    let snapshot: () => Promise<unknown>;

    beforeAll(async () => {
      const { meetingId, itemId } = await itemOn('2026-05-20');
      const held = await meetingOn('2026-05-15');
      await change(held, { status: 'held' });
      const another = await stages.referred();
      await stages.apply(another, {
        type: 'REQUEST_STATEMENT',
        bodyId: committee,
        date: '2026-05-04',
        dueDate: '2026-08-31',
        preparers: [],
      });
      // Each would succeed for the committee's own secretary (the last test sends them so).
      writes = [
        {
          name: 'plan',
          send: (as) =>
            as('POST', `/api/bodies/${committee}/meetings`, {
              meetings: [{ date: '2026-09-01', startTime: '16:00' }],
            }),
        },
        { name: 'move', send: (as) => as('PATCH', `/api/meetings/${meetingId}`, { place: 'Sali D' }) },
        {
          name: 'add an item',
          send: (as) =>
            as('POST', `/api/meetings/${meetingId}/items`, {
              initiativeIds: [another],
              preparers: [],
              proposal: 'Toinen esitys.',
            }),
        },
        {
          name: 'edit an item',
          send: (as) => as('PATCH', `/api/meetings/${meetingId}/items/${itemId}`, { proposal: 'Muutettu.' }),
        },
        {
          name: 'publish',
          send: (as) => as('PATCH', `/api/meetings/${meetingId}`, { status: 'agendaPublished' }),
        },
        {
          name: 'decide',
          send: (as) =>
            as('POST', `/api/meetings/${meetingId}/items/${itemId}/decision`, {
              decisionType: 'asProposed',
            }),
        },
        {
          name: 'check the minutes',
          send: (as) => as('POST', `/api/meetings/${held}/minutes-checked`, { date: '2026-05-20' }),
        },
      ];
      reads = [`/api/bodies/${committee}/meetings`, `/api/meetings/${meetingId}`, `/api/meetings/${held}`];
      snapshot = async () => [
        (await api.request('GET', `/api/bodies/${committee}/meetings`)).body,
        await meeting(meetingId),
        await meeting(held),
        await api.auditRows(another),
      ];
    });

    const staff = async (username: string, roles: string[], bodyIds: string[] = []) => {
      await api.createUser(username, TEST_PASSWORD, roles, bodyIds);
      return api.as(await api.signIn(username, TEST_PASSWORD));
    };

    it('refuses every write to another body’s secretary and to council staff (403), changing nothing', async () => {
      const elsewhere = (
        await api.request('POST', '/api/bodies', { name: 'Toinen jaosto', kind: 'subcommittee' })
      ).body.id;
      const callers = {
        'another body’s secretary': await staff('toinen.sihteeri', ['committeeSecretary'], [elsewhere]),
        'council staff': await staff('valtuustoavustaja', ['councilStaff']),
      };
      const before = await snapshot();
      const answers = [];
      for (const [who, as] of Object.entries(callers))
        for (const write of writes) answers.push([who, write.name, ...refusal(await write.send(as))]);
      expect(answers).toEqual(
        Object.keys(callers).flatMap((who) => writes.map((write) => [who, write.name, 403, 'FORBIDDEN'])),
      );
      expect(await snapshot()).toEqual(before);
      for (const path of reads) expect((await callers['council staff']('GET', path)).status).toBe(200);
    });

    it('answers anyone not signed in with 401 on every read and write', async () => {
      const before = await snapshot();
      for (const write of writes)
        expect(refusal(await write.send(api.anonymous))).toEqual([401, 'UNAUTHENTICATED']);
      for (const path of reads) expect((await api.anonymous('GET', path)).status).toBe(401);
      expect(await snapshot()).toEqual(before);
    });

    it('lets the body’s own secretary do each of the same writes', async () => {
      const statuses = [];
      for (const write of writes) statuses.push([write.name, (await write.send(secretary)).status]);
      const created = ['plan', 'add an item'];
      expect(statuses).toEqual(writes.map(({ name }) => [name, created.includes(name) ? 201 : 200]));
    });
  });
});
