import { Metrics } from '../metrics/metrics';
import { serveMetrics, type MetricsListener } from '../metrics/metrics-listener';
import type { SmtpMailer } from '../reminders/mailer';
import { initiativeStages } from '../testing/initiative-stages';
import { parsePrometheusText, sampleValue, type Sample } from '../testing/prometheus-text';
import { mailerTo, startSmtpInbox, type SmtpInbox } from '../testing/smtp-inbox';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

const TOKEN = 'metrics-token-0123456789abcdef';
const DURATION = 'aloite_http_request_duration_seconds_count';
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

// Prometheus's metrics on their own listener, over real HTTP, after real requests (on 25.5.2026 the demo has
// statement requests due within the week: reminders to send).

describe('metrics', () => {
  let inbox: SmtpInbox;
  let mailer: SmtpMailer;
  let api: TestApp;
  let listener: MetricsListener;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    mailer = mailerTo(inbox);
    api = await startTestApp('2026-05-25', { mailer });
    await api.createUser(
      'jaosto',
      TEST_PASSWORD,
      ['committeeSecretary'],
      [api.demo.bodyIds.employment],
      'j@kajaani.fi',
    );
    const metrics = api.app.get(Metrics);
    metrics.collectProcessMetrics();
    listener = (await serveMetrics(
      { host: '127.0.0.1', port: 0, token: TOKEN },
      metrics.registry,
    )) as MetricsListener;
  });
  afterAll(async () => {
    await listener.close();
    await api.close();
    mailer.close();
    await inbox.close();
  });

  const scrape = (authorization?: string) =>
    fetch(`http://127.0.0.1:${listener.port}/metrics`, {
      headers: authorization ? { authorization } : {},
    });
  const samples = async (): Promise<Sample[]> => {
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(await response.text());
  };

  it('answers only a scrape that sends the token', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN.slice(0, -1)}x`)).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await scrape(TOKEN)).status).toBe(401);
    const accepted = await scrape(`Bearer ${TOKEN}`);
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toContain('process_cpu_user_seconds_total');
  });

  it('is not on the public port', async () => {
    const response = await api.anonymous('GET', '/metrics');
    expect(response.status).toBe(404);
  });

  it('times requests by route pattern, never by the address a client made up', async () => {
    const id = api.demo.initiativeIds['KAJDno-2026-577'] as string;
    expect((await api.request('GET', `/api/initiatives/${id}`)).status).toBe(200);
    expect((await api.request('GET', `/api/initiatives/${id}`)).status).toBe(200);
    expect((await api.anonymous('GET', `/api/initiatives/${id}`)).status).toBe(401);
    expect((await api.anonymous('GET', '/api/made-up-7f3e9a')).status).toBe(404);
    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    expect(text).not.toContain(id);
    expect(text).not.toContain('made-up-7f3e9a');
    const all = parsePrometheusText(text);
    const route = '/api/initiatives/:id';
    expect(sampleValue(all, DURATION, { method: 'GET', route, status: '200' })).toBe(2);
    expect(sampleValue(all, DURATION, { method: 'GET', route, status: '401' })).toBe(1);
    expect(sampleValue(all, DURATION, { route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
    const buckets = all.filter(
      (sample) =>
        sample.name === 'aloite_http_request_duration_seconds_bucket' &&
        sample.labels.route === route &&
        sample.labels.status === '200',
    );
    expect(buckets.find((sample) => sample.labels.le === '+Inf')?.value).toBe(2);
  });

  it('counts transitions by event and outcome: applied, refused with its code, conflict', async () => {
    const stages = initiativeStages(api, '2026-05-04');
    const id = await stages.file();
    const refer = {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: api.demo.bodyIds.council, date: '2026-05-04', section: 301 },
    };
    expect((await api.request('POST', `/api/initiatives/${id}/events`, refer)).status).toBe(200);
    const again = await api.request('POST', `/api/initiatives/${id}/events`, refer);
    expect([again.status, again.body.code]).toEqual([422, 'TRANSITION_NOT_ALLOWED']);
    const stale = await api.request('POST', `/api/initiatives/${id}/events`, refer, { 'if-match': '"1"' });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
    const transitions = (await samples()).filter((sample) => sample.name === 'aloite_transitions_total');
    expect(transitions).toEqual(
      expect.arrayContaining([
        {
          name: 'aloite_transitions_total',
          labels: { event: 'REFER_TO_BOARD', outcome: 'applied' },
          value: 1,
        },
        {
          name: 'aloite_transitions_total',
          labels: { event: 'REFER_TO_BOARD', outcome: 'refused', code: 'TRANSITION_NOT_ALLOWED' },
          value: 1,
        },
        {
          name: 'aloite_transitions_total',
          labels: { event: 'REFER_TO_BOARD', outcome: 'conflict', code: 'STALE_VERSION' },
          value: 1,
        },
      ]),
    );
    expect(transitions).toHaveLength(3);
  });

  it('counts reminders sent, and skipped when already in the day’s outbox', async () => {
    const first = await api.request('POST', '/api/reminders/run');
    const second = await api.request('POST', '/api/reminders/run');
    expect([first.status, second.status, second.body.queued]).toEqual([200, 200, 0]);
    expect(first.body.sent).toBeGreaterThan(0);
    const all = await samples();
    expect(sampleValue(all, 'aloite_reminders_total', { outcome: 'sent' })).toBe(first.body.sent);
    expect(sampleValue(all, 'aloite_reminders_total', { outcome: 'skipped' })).toBe(first.body.queued);
    expect(sampleValue(all, 'aloite_reminders_total', { outcome: 'failed' })).toBe(0);
  });

  it('reads the bytes of documents stored, the job queues and the pool when scraped', async () => {
    const before = sampleValue(await samples(), 'aloite_attachment_bytes') as number;
    const form = new FormData();
    form.append('publicity', 'public');
    form.append('file', new Blob([new Uint8Array(PNG)]), 'kuva.png');
    const initiative = api.demo.initiativeIds['KAJDno-2026-577'] as string;
    const token = await api.signIn('tester', TEST_PASSWORD);
    const upload = await fetch(`${api.baseUrl}/api/initiatives/${initiative}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(upload.status).toBe(201);
    // A connection held by someone else is one in use.
    const held = api.database.dataSource.createQueryRunner();
    await held.connect();
    try {
      const all = await samples();
      expect(sampleValue(all, 'aloite_attachment_bytes')).toBe(before + PNG.length);
      expect(sampleValue(all, 'aloite_job_queue_depth', { queue: 'deadline-reminders' })).toBe(0);
      expect(sampleValue(all, 'aloite_db_pool_in_use')).toBeGreaterThanOrEqual(1);
      expect(sampleValue(all, 'aloite_db_pool_waiting')).toBe(0);
      expect(sampleValue(all, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    } finally {
      await held.release();
    }
  });
});
