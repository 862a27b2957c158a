import { openTestDatabase, type TestDatabase } from '@aloite/persistence/testing';
import type { FastifyReply } from 'fastify';
import { problemOf, toAppError } from '../http/problem';
import { sendProblem } from '../http/problem.filter';

// Validation refuses bad values before SQL; should one slip through, PostgreSQL's own refusal of the value is still
// the client's 400, never a 500, and never carries the database's words.

describe('database errors caused by bad input', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  async function problemOfStatement(sql: string, params: unknown[] = []) {
    const error = await database.dataSource.query(sql, params).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).not.toBeNull();
    return problemOf(toAppError(error));
  }

  it.each([
    ['an impossible date (22008)', 'SELECT $1::date', ['2026-02-30']],
    ['year zero (22008)', 'SELECT $1::date', ['0000-01-01']],
    ['a malformed date (22007)', 'SELECT $1::date', ['2026-13-01x']],
    ['a malformed uuid (22P02)', 'SELECT $1::uuid', ['not-a-uuid']],
    ['an integer out of range (22003)', 'SELECT $1::int', ['99999999999']],
    [
      'a text too long for its column (22001)',
      "CREATE TEMP TABLE v (x varchar(3)); INSERT INTO v VALUES ('abcdef')",
      [],
    ],
    ['a NUL character (22021 / 54000)', 'SELECT chr(0)', []],
    ['a text too long for PostgreSQL (54000)', "SELECT repeat('x', 1073741824)", []],
  ])('answers 400 for %s, without the database’s text', async (_, sql, params) => {
    const problem = await problemOfStatement(sql, params);
    expect(problem).toEqual(expect.objectContaining({ status: 400, code: 'VALIDATION_FAILED' }));
    expect(problem.detail).not.toMatch(
      /date\/time|syntax|uuid|integer|varying|null character|requested length/i,
    );
  });

  it.each([
    ['a syntax error (42601)', 'SELEC 1'],
    ['a missing table (42P01)', 'SELECT * FROM no_such_table'],
    ['a unique violation (23505)', 'CREATE TEMP TABLE t (x int UNIQUE); INSERT INTO t VALUES (1), (1)'],
  ])('keeps %s a 500', async (_, sql) => {
    const problem = await problemOfStatement(sql);
    expect(problem).toEqual(expect.objectContaining({ status: 500, code: 'INTERNAL' }));
  });

  it('logs a refused value at warn with its SQLSTATE, and sends the client neither', async () => {
    const error: unknown = await database.dataSource.query('SELECT $1::date', ['2026-02-30']).catch((e) => e);
    const warnings: object[] = [];
    const log = { error: () => undefined, warn: (details: object) => void warnings.push(details) };
    let sent: unknown;
    const reply = {
      header: () => reply,
      status: () => reply,
      type: () => reply,
      send: (body: unknown) => void (sent = body),
    };
    sendProblem(reply as unknown as FastifyReply, error, log);
    expect(warnings).toEqual([expect.objectContaining({ sqlState: '22008' })]);
    expect(JSON.stringify(sent)).not.toMatch(/22008|date\/time/);
  });
});
