import { prepared, valuesFor } from './sql';

describe('named parameters', () => {
  it('numbers each distinct name once, in the order of its first appearance', () => {
    const statement = prepared('SELECT * FROM t WHERE a = :first AND b = :second OR a = :first');
    expect(statement.text).toBe('SELECT * FROM t WHERE a = $1 AND b = $2 OR a = $1');
    expect(valuesFor(statement, { second: 'B', first: 'A' })).toEqual(['A', 'B']);
  });

  it('leaves casts, quoted literals and quoted identifiers alone', () => {
    const statement = prepared(`SELECT to_char(:at::timestamptz, 'HH24:MI') AS ":label" WHERE x = :x`);
    expect(statement.text).toBe(`SELECT to_char($1::timestamptz, 'HH24:MI') AS ":label" WHERE x = $2`);
    expect(statement.parameters).toEqual(['at', 'x']);
  });

  it('refuses to run without a value the statement names, but takes null as a value', () => {
    const statement = prepared('UPDATE t SET a = :a WHERE id = :id');
    expect(() => valuesFor(statement, { id: 1 })).toThrow(/needs :a/);
    expect(valuesFor(statement, { id: 1, a: null })).toEqual([null, 1]);
  });

  it('names two statements differently and one text the same, so a statement is planned once per connection', () => {
    expect(prepared('SELECT :a').name).toBe(prepared('SELECT :a').name);
    expect(prepared('SELECT :a').name).not.toBe(prepared('SELECT :b').name);
  });
});
