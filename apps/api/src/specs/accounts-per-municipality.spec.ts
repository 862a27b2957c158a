import { municipalityFromTemplate, type NewMunicipality } from '../testing/municipality-from-template';
import { startTestApp, type TestApp } from '../testing/test-app';

// Issue 20, items 3 and 4: in a deployment of several municipalities a username and an e-mail are unique only
// within their municipality, sign-in names the municipality, and passwords are at least 12 characters, not on
// the list of the most common ones, and changed by their owner after an administrator's reset.

describe('accounts per municipality', () => {
  let api: TestApp;
  let beetala: NewMunicipality;
  const login = (username: string, password: string, municipality?: string) =>
    api.anonymous('POST', '/api/auth/login', { username, password, municipality });

  beforeAll(async () => {
    api = await startTestApp();
    beetala = await municipalityFromTemplate(api, 'beetala', [
      ...['--municipality', 'Beetala', '--template', 'espoo', '--prefix', 'BEETAdno'],
    ]);
    await api.createUser('hallintojohtaja', 'kajaanin-johtaja-1', ['registrar']);
    const created = await beetala.admin('POST', '/api/users', {
      username: 'HallintoJohtaja',
      displayName: 'Beetalan hallintojohtaja',
      password: 'beetalan-johtaja-1',
      roles: ['registrar'],
    });
    expect(created.status).toBe(201);
  }, 120_000);
  afterAll(() => api.close());

  it('lists the municipalities to sign in to, to anyone', async () => {
    const listed = await api.anonymous('GET', '/api/auth/municipalities');
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      { slug: 'beetala', name: 'Beetala' },
      { slug: 'kajaani', name: 'Kajaani' },
    ]);
  });

  it('signs each municipality’s hallintojohtaja in to their own, where they see only their own data', async () => {
    const kajaani = await login('hallintojohtaja', 'kajaanin-johtaja-1', 'kajaani');
    const beeta = await login('hallintojohtaja', 'beetalan-johtaja-1', 'beetala');
    expect([kajaani.status, beeta.status]).toEqual([200, 200]);
    const meOf = async (token: string) => (await api.as(token)('GET', '/api/me')).body;
    const [kajaaniMe, beetaMe] = [await meOf(kajaani.body.token), await meOf(beeta.body.token)];
    expect(kajaaniMe.municipalityId).toBe(api.demo.municipalityId);
    expect(beetaMe.municipalityId).not.toBe(api.demo.municipalityId);
    const totalOf = async (token: string) =>
      (await api.as(token)('GET', '/api/initiatives?limit=1')).body.total as number;
    const [ownCount] = (await api.database.dataSource.query(
      `SELECT count(*)::int AS n FROM initiative WHERE municipality_id = $1`,
      [api.demo.municipalityId],
    )) as [{ n: number }];
    expect(await totalOf(kajaani.body.token)).toBe(ownCount.n);
    expect(await totalOf(beeta.body.token)).toBe(0);
    // The other's password is wrong in each.
    expect((await login('hallintojohtaja', 'beetalan-johtaja-1', 'kajaani')).status).toBe(401);
  });

  it('asks which municipality when there are several and none is named', async () => {
    const unnamed = await login('hallintojohtaja', 'kajaanin-johtaja-1');
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.errors).toEqual([
      expect.objectContaining({ field: 'municipality', rule: 'required' }),
    ]);
  });

  it('answers an unknown username or municipality exactly as a wrong password', async () => {
    const wrong = await login('hallintojohtaja', 'not-the-password-1', 'beetala');
    const unknownUser = await login('beetala.kirjaamo', 'not-the-password-1', 'kajaani');
    const unknownPlace = await login('hallintojohtaja', 'not-the-password-1', 'ei-tallaista');
    for (const answer of [unknownUser, unknownPlace]) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(wrong.body);
      expect([...answer.headers.keys()].sort()).toEqual([...wrong.headers.keys()].sort());
    }
  });

  it('throttles failed sign-ins per municipality: Beetala’s guesses never lock out Kajaani’s same-named user', async () => {
    api.clock.advance(16 * 60_000);
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await login('hallintojohtaja', 'wrong-password-x', 'beetala')).status).toBe(401);
    expect((await login('hallintojohtaja', 'beetalan-johtaja-1', 'beetala')).status).toBe(429);
    expect((await login('hallintojohtaja', 'kajaanin-johtaja-1', 'kajaani')).status).toBe(200);
    api.clock.advance(16 * 60_000);
  });

  it('signs in by e-mail, case-insensitively, and keeps an e-mail unique within its municipality only', async () => {
    await api.createUser('paula.halonen', 'paulan-salasana-1', ['registrar'], [], 'paula.halonen@kajaani.fi');
    const byEmail = await login('Paula.Halonen@KAJAANI.fi', 'paulan-salasana-1', 'kajaani');
    expect(byEmail.status).toBe(200);
    expect(byEmail.body.user.username).toBe('paula.halonen');
    expect((await login('paula.halonen@kajaani.fi', 'paulan-salasana-1', 'beetala')).status).toBe(401);

    const sameEmail = {
      displayName: 'Toinen Paula',
      email: 'PAULA.halonen@kajaani.fi',
      password: 'toisen-salasana-1',
      roles: ['registrar'],
    };
    const taken = await api.request('POST', '/api/users', { ...sameEmail, username: 'toinen.paula' });
    expect([taken.status, taken.body.code, taken.body.errors?.[0]?.field]).toEqual([
      409,
      'DUPLICATE_NAME',
      'email',
    ]);
    expect((await beetala.admin('POST', '/api/users', { ...sameEmail, username: 'paula' })).status).toBe(201);
    const other = (await api.request('GET', '/api/users')).body.find(
      (user: { username: string }) => user.username === 'hallintojohtaja',
    );
    const moved = await api.request('PATCH', `/api/users/${other.id}`, { email: 'Paula.Halonen@kajaani.fi' });
    expect([moved.status, moved.body.errors?.[0]?.field]).toEqual([409, 'email']);
  });

  describe('passwords', () => {
    let userId: string;
    beforeAll(async () => {
      userId = await api.createUser('kaisa', 'kaisan-salasana-1', ['councilStaff']);
    });

    const ruleOf = (answer: { status: number; body: { errors?: { field: string; rule: string }[] } }) => [
      answer.status,
      answer.body.errors?.map(({ field, rule }) => `${field}: ${rule}`),
    ];

    it.each([
      ['11 characters', 'abcdefghijk', 'passwordTooShort'],
      ['a common one', 'qwerty123456', 'commonPassword'],
      ['a common one in capitals', 'QWERTY123456', 'commonPassword'],
    ])(
      'refuses %s when an account is created or reset, and changes nothing',
      async (_case, password, rule) => {
        const users = (await api.request('GET', '/api/users')).body.length as number;
        const created = await api.request('POST', '/api/users', {
          username: 'uusi.kayttaja',
          displayName: 'Uusi',
          password,
          roles: ['registrar'],
        });
        expect(ruleOf(created)).toEqual([400, [`password: ${rule}`]]);
        expect((await api.request('GET', '/api/users')).body).toHaveLength(users);
        const reset = await api.request('PATCH', `/api/users/${userId}`, { password });
        expect(ruleOf(reset)).toEqual([400, [`password: ${rule}`]]);
        expect((await login('kaisa', 'kaisan-salasana-1', 'kajaani')).status).toBe(200);
      },
    );

    it('takes 12 characters that are not common', async () => {
      const created = await api.request('POST', '/api/users', {
        username: 'kaksitoista',
        displayName: 'Kaksitoista',
        password: 'abcdefghijkl',
        roles: ['registrar'],
      });
      expect(created.status).toBe(201);
    });

    it('after an administrator’s reset, lets the next session do nothing but change the password', async () => {
      expect(
        (await api.request('PATCH', `/api/users/${userId}`, { password: 'nollattu-salasana-1' })).status,
      ).toBe(200);
      const signedIn = await login('kaisa', 'nollattu-salasana-1', 'kajaani');
      expect(signedIn.status).toBe(200);
      const kaisa = api.as(signedIn.body.token);
      const held = await kaisa('GET', '/api/initiatives');
      expect([held.status, held.body.code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED']);
      expect((await kaisa('GET', '/api/dashboard')).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
      expect((await kaisa('GET', '/api/me')).body.passwordChangeRequired).toBe(true);

      const change = (currentPassword: string, newPassword: string) =>
        kaisa('POST', '/api/auth/password', { currentPassword, newPassword });
      expect(ruleOf(await change('väärä-salasana-1', 'kaisan-uusi-salasana'))).toEqual([
        400,
        ['currentPassword: wrongPassword'],
      ]);
      expect(ruleOf(await change('nollattu-salasana-1', 'password1234'))).toEqual([
        400,
        ['newPassword: commonPassword'],
      ]);
      expect(ruleOf(await change('nollattu-salasana-1', 'lyhyt-sana1'))).toEqual([
        400,
        ['newPassword: passwordTooShort'],
      ]);
      expect(ruleOf(await change('nollattu-salasana-1', 'nollattu-salasana-1'))).toEqual([
        400,
        ['newPassword: samePassword'],
      ]);
      expect((await kaisa('GET', '/api/initiatives')).status).toBe(403);
      expect((await change('nollattu-salasana-1', 'kaisan-oma-salasana')).status).toBe(204);

      expect((await kaisa('GET', '/api/initiatives')).status).toBe(200);
      expect((await kaisa('GET', '/api/me')).body.passwordChangeRequired).toBe(false);
      expect((await login('kaisa', 'nollattu-salasana-1', 'kajaani')).status).toBe(401);
      const again = await login('kaisa', 'kaisan-oma-salasana', 'kajaani');
      expect(again.status).toBe(200);
      expect((await api.as(again.body.token)('GET', '/api/me')).body.passwordChangeRequired).toBe(false);
    });

    it('lets a user change their own password: their other sessions end, this one goes on', async () => {
      const here = api.as(await api.signIn('kaisa', 'kaisan-oma-salasana'));
      const elsewhere = api.as(await api.signIn('kaisa', 'kaisan-oma-salasana'));
      const changed = await here('POST', '/api/auth/password', {
        currentPassword: 'kaisan-oma-salasana',
        newPassword: 'kaisan-toinen-salasana',
      });
      expect(changed.status).toBe(204);
      expect((await here('GET', '/api/initiatives')).status).toBe(200);
      expect((await elsewhere('GET', '/api/initiatives')).status).toBe(401);
      // Only someone else's reset forces a change.
      expect((await here('GET', '/api/me')).body.passwordChangeRequired).toBe(false);
    });

    it('counts wrong current passwords like failed sign-ins', async () => {
      const kaisa = api.as(await api.signIn('kaisa', 'kaisan-toinen-salasana'));
      const guess = () =>
        kaisa('POST', '/api/auth/password', {
          currentPassword: 'arvaus-salasana',
          newPassword: 'kaisan-kolmas-sana',
        });
      for (let attempt = 0; attempt < 5; attempt++) expect((await guess()).status).toBe(400);
      expect((await guess()).status).toBe(429);
    });
  });
});
