import type { SmtpMailer } from '../../reminders/mailer';
import { rowsOf, type MunicipalityRows } from '../../testing/municipality-rows';
import { mailerTo, startSmtpInbox, type SmtpInbox } from '../../testing/smtp-inbox';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../../testing/test-app';
import {
  SHARED_USERNAME,
  STAFF_ROLES,
  ghostOf,
  twoMunicipalities,
  type Municipality,
  type StaffRole,
} from '../../testing/two-municipalities';
import { FOREIGN_ID_ROWS, statusesOf } from './calls-with-foreign-ids';
import { send, type Answer, type Call } from './http-calls';
import { READ_ROWS } from './reads-of-one-municipality';

// Two municipalities served by one deployment (README: "Run it again with another --municipality"). Each one's
// staff, of every role, call every endpoint with the other's ids and read every list, search, filter, document
// and message: the other municipality's rows are never shown, never changed, and their existence never shows.

const READABLE = [200, 201, 204, 403];
const briefly = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

/** The tables whose rows are not as they were, with how many rows left and came. */
function changes(before: MunicipalityRows, after: MunicipalityRows): string[] {
  return Object.keys({ ...before, ...after }).flatMap((table) => {
    const was = new Set(before[table] ?? []);
    const is = new Set(after[table] ?? []);
    const gone = [...was].filter((row) => !is.has(row)).length;
    const came = [...is].filter((row) => !was.has(row)).length;
    return gone + came > 0 ? [`${table}: ${gone} rows changed or gone, ${came} changed or new`] : [];
  });
}

describe('two municipalities in one deployment', () => {
  let api: TestApp;
  let inbox: SmtpInbox;
  let mailer: SmtpMailer;
  const municipalities: Record<string, Municipality> = {};
  const calls = new Map<string, number>();

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    mailer = mailerTo(inbox, 'Aloite <aloite@example.fi>');
    api = await startTestApp('2026-05-21', { mailer });
    for (const municipality of await twoMunicipalities(api)) municipalities[municipality.name] = municipality;
  }, 300_000);

  afterAll(async () => {
    const total = [...calls.values()].reduce((sum, count) => sum + count, 0);
    const perEndpoint = new Map<string, number>();
    for (const [row, count] of calls) {
      const endpoint = row.replace(/ \(.*\)$/, '');
      perEndpoint.set(endpoint, (perEndpoint.get(endpoint) ?? 0) + count);
    }
    console.log(
      `isolation between municipalities: ${total} calls (endpoint × role × id), per endpoint:\n` +
        [...perEndpoint].map(([endpoint, count]) => `  ${String(count).padStart(4)}  ${endpoint}`).join('\n'),
    );
    await api?.close();
    mailer?.close();
    await inbox?.close();
  });

  const ask = (row: string, token: string | null, call: Call): Promise<Answer> => {
    calls.set(row, (calls.get(row) ?? 0) + 1);
    return send(api.baseUrl, token, call);
  };
  const callers = (own: Municipality, anonymous = false): [string, string | null][] =>
    anonymous ? [['anyone', null]] : STAFF_ROLES.map((role: StaffRole) => [role, own.staff[role].token]);
  const leaks = (text: string, markers: string[]) => markers.filter((marker) => text.includes(marker));

  describe.each([
    { ownName: 'Kajaani', otherName: 'Beetala' },
    { ownName: 'Beetala', otherName: 'Kajaani' },
  ])('$ownName’s staff and $otherName', ({ ownName, otherName }) => {
    let own: Municipality;
    let other: Municipality;
    beforeAll(() => {
      own = municipalities[ownName];
      other = municipalities[otherName];
    });

    it('never see the other’s rows in lists, search, filters, the dashboard, annual lists, exports or reminders', async () => {
      const before = await rowsOf(api.database.dataSource, other.id);
      const mailsBefore = inbox.mails.length;
      const problems: string[] = [];
      for (const row of READ_ROWS) {
        let readers = 0;
        for (const [role, token] of callers(own, row.anonymous)) {
          const answer = await ask(row.name, token, row.call(own, other));
          const as = `${row.name} as ${role}`;
          if (!READABLE.includes(answer.status))
            problems.push(`${as}: ${answer.status} ${briefly(answer.text)}`);
          for (const marker of leaks(answer.text, [...other.texts, ...other.ids]))
            problems.push(`${as} shows ${otherName}’s ${marker}`);
          if (answer.status >= 300) continue;
          readers++;
          for (const text of row.shows?.(own) ?? []) {
            if (!answer.text.includes(text)) problems.push(`${as} does not show its own ${text}`);
          }
        }
        if (readers === 0) problems.push(`${row.name}: no role may read it, so it proves nothing`);
      }
      const mails = inbox.mails.slice(mailsBefore);
      if (!mails.some((mail) => own.texts.some((text) => mail.to.endsWith(text)))) {
        problems.push(`the reminder run sent nothing to ${ownName}’s staff`);
      }
      for (const mail of mails) {
        for (const marker of leaks(`${mail.to}\n${mail.subject}\n${mail.text}`, [
          ...other.texts,
          ...other.ids,
        ])) {
          problems.push(`a reminder of ${ownName}’s run, to ${mail.to}, shows ${otherName}’s ${marker}`);
        }
      }
      const changed = changes(before, await rowsOf(api.database.dataSource, other.id));
      expect([...problems, ...changed.map((table) => `${otherName}’s ${table}`)]).toEqual([]);
    });

    it('have a hallintojohtaja of the same username, who signs in to their own and reads only its initiatives', async () => {
      const signedIn = await ask('POST /api/auth/login', null, {
        method: 'POST',
        path: '/api/auth/login',
        body: { username: SHARED_USERNAME, password: TEST_PASSWORD, municipality: own.slug },
      });
      expect(signedIn.status).toBe(200);
      const token = (JSON.parse(signedIn.text) as { token: string }).token;
      const me = await ask('GET /api/me', token, { method: 'GET', path: '/api/me' });
      expect(JSON.parse(me.text)).toEqual(
        expect.objectContaining({ id: own.namesake.id, municipalityId: own.id }),
      );
      const list = await ask('GET /api/initiatives', token, {
        method: 'GET',
        path: '/api/initiatives?limit=100',
      });
      expect(list.text).toContain(own.word);
      expect(leaks(list.text, [...other.texts, ...other.ids])).toEqual([]);
    });

    it('count only their own initiatives on the dashboard and in the list', async () => {
      const counted = (await api.database.dataSource.query(
        `SELECT state, count(*)::int AS count FROM initiative WHERE municipality_id = $1 GROUP BY state`,
        [own.id],
      )) as { state: string; count: number }[];
      const inDatabase = Object.fromEntries(counted.map(({ state, count }) => [state, count]));
      const dashboard = JSON.parse(
        (
          await ask('GET /api/dashboard', own.staff.councilStaff.token, {
            method: 'GET',
            path: '/api/dashboard',
          })
        ).text,
      ) as { byState: Record<string, number> };
      const shown = Object.fromEntries(Object.entries(dashboard.byState).filter(([, count]) => count > 0));
      expect(shown).toEqual(inDatabase);
      const listed = JSON.parse(
        (
          await ask('GET /api/initiatives', own.staff.councilStaff.token, {
            method: 'GET',
            path: '/api/initiatives?limit=1',
          })
        ).text,
      ) as { total: number };
      expect(listed.total).toBe(counted.reduce((sum, { count }) => sum + count, 0));
    });

    it('get the same answer for the other’s ids as for ids that do not exist, and change nothing of it', async () => {
      const ghost = ghostOf(other);
      const before = await rowsOf(api.database.dataSource, other.id);
      const problems: string[] = [];
      for (const row of FOREIGN_ID_ROWS) {
        for (const [role, token] of callers(own)) {
          const answer = await ask(row.name, token, row.call(own, other));
          const missing = await ask(row.name, token, row.call(own, ghost));
          const as = `${row.name} as ${role}`;
          if (!statusesOf(row).includes(answer.status))
            problems.push(`${as}: ${answer.status} ${briefly(answer.text)}`);
          if (answer.status !== missing.status || answer.code !== missing.code) {
            problems.push(
              `${as}: ${answer.status} ${answer.code ?? ''} for ${otherName}’s id, ` +
                `${missing.status} ${missing.code ?? ''} for one that does not exist`,
            );
          }
          // The answer may name the ids asked about ("No initiative …"), never anything else of the other's.
          const sent = row.sends?.(other) ?? [];
          const texts = other.texts.filter((text) => !sent.includes(text));
          for (const marker of leaks(answer.text, texts))
            problems.push(`${as} shows ${otherName}’s ${marker}`);
        }
      }
      const changed = changes(before, await rowsOf(api.database.dataSource, other.id));
      expect([...problems, ...changed.map((table) => `${otherName}’s ${table}`)]).toEqual([]);
    });

    it('read the other’s public documents as anyone does, and nothing of it is logged', async () => {
      const before = await rowsOf(api.database.dataSource, other.id);
      const row = 'GET /api/attachments/{id}/content (public)';
      const call: Call = { method: 'GET', path: `/api/attachments/${other.attachments.public}/content` };
      const asAnyone = await ask(row, null, call);
      expect(asAnyone.status).toBe(200);
      for (const [, token] of callers(own)) expect(await ask(row, token, call)).toEqual(asAnyone);
      expect(await rowsOf(api.database.dataSource, other.id)).toEqual(before);
    });
  });
});
