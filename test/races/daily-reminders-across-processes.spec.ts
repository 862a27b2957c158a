import { Client } from 'pg';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the real SMTP server on loopback the reminder specs use
import { startSmtpInbox, type SmtpInbox } from '../../apps/api/src/testing/smtp-inbox';
import { sleep, startBuiltApis, type ApiProcess } from '../support/api-process';

// The daily reminder job with three API processes of `npm start`'s build on one PostgreSQL, each with its pg-boss
// worker and its view of the schedule. When the schedule fires, the reminders run once, not three times: one job,
// and every reminder e-mail arrives at the real SMTP server on loopback exactly once. Runs asked for through all
// three processes at once overlap, and still send each e-mail once.

const QUEUE = 'deadline-reminders';
const WINDOW_MS = 60_000;

const inOrder = (mails: { recipient: string; subject: string }[]) =>
  mails.map((mail) => `${mail.recipient} ${mail.subject}`).sort();

describe('the daily reminder job with three API processes', () => {
  let inbox: SmtpInbox;
  let apis: ApiProcess[];
  let close: () => Promise<void>;
  let database: Client;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    let databaseUrl: string;
    ({ apis, databaseUrl, close } = await startBuiltApis(3, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(inbox.port),
      SMTP_FROM: 'Aloite <aloite@kajaani.fi>',
    }));
    database = new Client({ connectionString: databaseUrl });
    await database.connect();
  }, 180_000);
  afterAll(async () => {
    await database?.end();
    await close?.();
    await inbox?.close();
  });

  const sentInTheOutbox = async () =>
    (
      await database.query<{ recipient: string; subject: string }>(
        `SELECT recipient, subject FROM reminder_outbox WHERE status = 'sent'`,
      )
    ).rows;

  const jobsOfTheQueue = async () =>
    (
      await database.query<{ state: string }>(
        `SELECT state FROM pgboss.job WHERE name = $1 UNION ALL SELECT state FROM pgboss.archive WHERE name = $1`,
        [QUEUE],
      )
    ).rows.map((row) => row.state);

  it('runs once when the schedule fires, and each reminder e-mail arrives once', async () => {
    // The schedule kept in PostgreSQL, moved from 07:00 to the coming minute: pg-boss fires a daily schedule within
    // a minute of its time.
    const firesAt = new Date(Math.ceil((Date.now() + 1) / 60_000) * 60_000);
    const schedule = await database.query(
      `UPDATE pgboss.schedule SET cron = $1, timezone = 'UTC' WHERE name = $2`,
      [`${firesAt.getUTCMinutes()} ${firesAt.getUTCHours()} * * *`, QUEUE],
    );
    expect(schedule.rowCount).toBe(1);
    expect(await jobsOfTheQueue()).toEqual([]);

    const deadline = firesAt.getTime() + WINDOW_MS + 60_000;
    while (!(await jobsOfTheQueue()).includes('completed') && Date.now() < deadline) await sleep(500);
    // Past the minute in which the schedule may fire, and past a worker's next look at the queue.
    await sleep(Math.max(0, firesAt.getTime() + WINDOW_MS + 5_000 - Date.now()));

    expect(await jobsOfTheQueue()).toEqual(['completed']);
    const sent = await sentInTheOutbox();
    // The demo's statement requests are late by now: there is something to remind of.
    expect(sent.length).toBeGreaterThan(0);
    const received = inbox.mails.map((mail) => ({ recipient: mail.to, subject: mail.subject }));
    expect(inOrder(received)).toEqual(inOrder(sent));
  }, 240_000);

  it('sends each e-mail once when runs asked for through all three processes overlap', async () => {
    // Today's messages afresh, as if none had been sent yet.
    await database.query('DELETE FROM reminder_outbox');
    const before = inbox.mails.length;
    const login = await (apis[0] as ApiProcess).call('POST', '/api/auth/login', null, {
      username: 'hallintojohtaja',
      password: 'demo-hallintojohtaja',
    });
    const token = login.body.token as string;
    const runs = await Promise.all(
      apis.map((api) => api.call('POST', '/api/reminders/run', token, undefined, 60_000)),
    );
    expect(runs.map((run) => run.status)).toEqual([200, 200, 200]);

    const sent = await sentInTheOutbox();
    expect(sent.length).toBeGreaterThan(0);
    expect(runs.reduce((total, run) => total + (run.body.sent as number), 0)).toBe(sent.length);
    const received = inbox.mails.slice(before).map((mail) => ({ recipient: mail.to, subject: mail.subject }));
    expect(inOrder(received)).toEqual(inOrder(sent));
  }, 60_000);
});
