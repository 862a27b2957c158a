import PgBoss from 'pg-boss';
import { TEMPLATES } from '@aloite/domain';
import { PREPARERS } from '@aloite/domain/testing';
import { PG_BOSS_SCHEMA } from '@aloite/persistence';
import type { SmtpMailer } from '../reminders/mailer';
import { REMINDER_CRON, REMINDER_QUEUE, REMINDER_TIME_ZONE } from '../reminders/reminder-schedule';
import { mailerTo, startSmtpInbox, type SmtpInbox } from '../testing/smtp-inbox';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

const DAY = 24 * 60 * 60 * 1000;

// The demo's §§ 16 and 17 wait for the employment subcommittee's statement, due 31.5.2026; on 25.5. both are
// within the week. KAJDno-2025-1630 waits for the technical committee's statement, late since 31.3.2026.

describe('deadline reminders', () => {
  let inbox: SmtpInbox;
  let mailer: SmtpMailer;
  let api: TestApp;
  let staff: TestApp['request'];
  const SECRETARY = 'jaosto@kajaani.fi';
  const REGISTRAR = 'kirjaamo@kajaani.fi';

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    mailer = mailerTo(inbox);
    api = await startTestApp('2026-05-25', { mailer });
    await api.createUser(
      'jaosto',
      TEST_PASSWORD,
      ['committeeSecretary'],
      [api.demo.bodyIds.employment],
      SECRETARY,
    );
    await api.createUser('kirjaamo', TEST_PASSWORD, ['registrar'], [], REGISTRAR);
    staff = api.request;
  });
  afterAll(async () => {
    await api.close();
    mailer.close();
    await inbox.close();
  });

  const run = async () => {
    const response = await staff('POST', '/api/reminders/run');
    expect(response.status).toBe(200);
    return response.body as { day: string; queued: number; sent: number; failed: number };
  };
  /** The next morning; sessions last 12 hours, so the tester signs in again. */
  const nextDay = async () => {
    api.clock.advance(DAY);
    staff = api.as(await api.signIn('tester', TEST_PASSWORD));
  };
  const to = (address: string) => inbox.mails.filter((mail) => mail.to === address);

  it('tells the registry that e-mail is configured', async () => {
    const registrar = api.as(await api.signIn('kirjaamo', TEST_PASSWORD));
    expect((await registrar('GET', '/api/reminders/settings')).body).toEqual({ emailConfigured: true });
  });

  it('e-mails the preparers and the body’s secretaries of requests due within a week or late, once a day', async () => {
    const first = await run();
    expect(first).toEqual(expect.objectContaining({ day: '2026-05-25', failed: 0 }));
    expect(first.sent).toBe(first.queued);

    expect(
      to(SECRETARY)
        .map((mail) => mail.subject)
        .sort(),
    ).toEqual([
      'Lausunto erääntyy 31.5.2026: KAJDno-2026-577 Valtuustoaloite työllisyysbonuksesta opiskeluun',
      'Lausunto erääntyy 31.5.2026: KAJDno-2026-726 Valtuustoaloite työvoimapalvelujen Tinderistä',
    ]);
    expect(to(SECRETARY)[0].text).toContain(
      'Työllisyys- ja kansainvälisyysjaosto on pyydetty antamaan lausunto',
    );
    // § 17's request names two preparers; § 16's one of them.
    expect(to(PREPARERS.hamalainen.email)).toHaveLength(1);
    expect(to(PREPARERS.tikkanen.email)).toHaveLength(2);
    const late = inbox.mails.filter((mail) => mail.subject.includes('KAJDno-2025-1630'));
    for (const mail of late) expect(mail.subject).toMatch(/^Lausunto myöhässä \(määräpäivä 31\.3\.2026\)/);
    expect(inbox.mails).toHaveLength(first.sent);

    const again = await run();
    expect(again).toEqual({ day: '2026-05-25', queued: 0, sent: 0, failed: 0 });
    expect(inbox.mails).toHaveLength(first.sent);

    const outbox = (await staff('GET', '/api/reminders/outbox?limit=500')).body as { status: string }[];
    expect(outbox).toHaveLength(first.sent);
    expect(outbox.every((message) => message.status === 'sent')).toBe(true);

    await nextDay();
    const nextDayRun = await run();
    expect(nextDayRun).toEqual({ day: '2026-05-26', queued: first.queued, sent: first.sent, failed: 0 });
  });

  it('records a refused message as failed and sends it on the next run of the day, still only once', async () => {
    await nextDay();
    inbox.refuse.add(SECRETARY);
    const refused = await run();
    expect(refused.failed).toBe(2);
    const failed = (
      (await staff('GET', '/api/reminders/outbox')).body as {
        recipient: string;
        status: string;
        lastError: string | null;
        attempts: number;
      }[]
    ).filter((message) => message.status === 'failed');
    expect(failed.map((message) => message.recipient)).toEqual([SECRETARY, SECRETARY]);
    expect(failed[0].lastError).toMatch(/550/);

    inbox.refuse.clear();
    const before = to(SECRETARY).length;
    const retried = await run();
    expect(retried).toEqual(expect.objectContaining({ queued: 0, sent: 2, failed: 0 }));
    expect(to(SECRETARY).length - before).toBe(2);
    expect((await run()).sent).toBe(0);
  });

  /** Espoo's rules for initiatives filed from 1.12.2025: its council and written-answer deadlines. */
  let espooRules: Promise<unknown> | undefined;
  const fileUnderEspooRules = async (title: string, signatoryCount: number) => {
    espooRules ??= staff('POST', '/api/municipality/rule-packs', {
      ...TEMPLATES.espoo,
      validFrom: '2025-12-01',
    });
    expect(((await espooRules) as { status: number }).status).toBe(201);
    const filed = await staff('POST', '/api/initiatives', {
      title,
      text: 'Esitämme, että pyörätiet aurataan ensimmäisinä.',
      kind: 'councillor',
      submittedOn: '2025-12-15',
      signatories: [{ name: 'Ensimmäinen Allekirjoittaja' }],
      signatoryCount,
      hasFinancialEffect: false,
      filedAt: { bodyId: api.demo.bodyIds.council, date: '2025-12-15', section: 9 },
    });
    expect(filed.status).toBe(201);
    return filed.body as { diaryNumber: string; deadlines: { kind: string; dueDate: string }[] };
  };
  const subjectsFor = (diaryNumber: string) =>
    to(REGISTRAR)
      .filter((mail) => mail.subject.includes(diaryNumber))
      .map((mail) => mail.subject);

  it('reminds the registry of a council deadline within 30 days', async () => {
    // Espoo: 14 or more signers and no financial effect – on the council's agenda within six months of filing.
    const title = 'Valtuustoaloite pyöräteiden talvikunnossapidosta';
    const filed = await fileUnderEspooRules(title, 20);
    expect(filed.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'council', dueDate: '2026-06-15' }),
    );
    await nextDay();
    await run();
    expect(subjectsFor(filed.diaryNumber)).toEqual([
      `Valtuuston käsittelyn määräaika 15.6.2026: ${filed.diaryNumber} ${title}`,
    ]);
  });

  it('reminds the registry of a written answer due within 30 days', async () => {
    // Espoo: 1–13 signers get a written answer within six months: a deadline for the answer, not the council.
    const title = 'Valtuustoaloite katuvalojen korjaamisesta';
    const filed = await fileUnderEspooRules(title, 5);
    expect(filed.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'answer', dueDate: '2026-06-15' }),
    );
    expect(filed.deadlines.map((deadline) => deadline.kind)).not.toContain('council');
    await nextDay();
    await run();
    expect(subjectsFor(filed.diaryNumber)).toEqual([
      `Kirjallisen vastauksen määräaika 15.6.2026: ${filed.diaryNumber} ${title}`,
    ]);
  });

  it('is for the registry and administrators', async () => {
    await api.createUser('valtuusto', TEST_PASSWORD, ['councilStaff']);
    const councilStaff = api.as(await api.signIn('valtuusto', TEST_PASSWORD));
    expect((await councilStaff('POST', '/api/reminders/run')).status).toBe(403);
    expect((await councilStaff('GET', '/api/reminders/outbox')).status).toBe(403);
  });

  it('runs every morning from a pg-boss schedule kept in PostgreSQL, and works any job sent to its queue', async () => {
    const boss = new PgBoss({
      connectionString: api.database.url,
      schema: PG_BOSS_SCHEMA,
      schedule: false,
      supervise: false,
    });
    await boss.start();
    try {
      const schedules = await boss.getSchedules();
      expect(schedules).toEqual([
        expect.objectContaining({ name: REMINDER_QUEUE, cron: REMINDER_CRON, timezone: REMINDER_TIME_ZONE }),
      ]);
      await nextDay();
      const before = inbox.mails.length;
      await boss.send(REMINDER_QUEUE, {});
      const deadline = Date.now() + 20_000;
      while (inbox.mails.length === before && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      expect(inbox.mails.length).toBeGreaterThan(before);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});

describe('deadline reminders without an SMTP server', () => {
  it('are off, and say so', async () => {
    const api = await startTestApp('2026-05-25');
    try {
      expect((await api.request('GET', '/api/reminders/settings')).body).toEqual({ emailConfigured: false });
      const response = await api.request('POST', '/api/reminders/run');
      expect(response.status).toBe(409);
      expect(response.body.detail).toBe('Reminders are off: no SMTP server is configured (set SMTP_HOST).');
    } finally {
      await api.close();
    }
  });
});
