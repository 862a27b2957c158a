import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// CI reads the summary reporter's closing line. Jest itself runs on a folder of small spec files (two passing
// tests; one file that throws while loading; one whose afterAll fails after its test passed; one whose beforeAll
// fails), in a child process, with the reporter, as `npm test` runs it: what the line counts is Jest's own results.

const FIXTURES = join(__dirname, 'summary-reporter-fixtures');

function runJestOnFixtures(): { status: number | null; stdout: string } {
  const config = {
    rootDir: FIXTURES,
    testMatch: ['<rootDir>/*.fixture.cjs'],
    transform: {},
    reporters: [join(__dirname, 'jest-summary-reporter.cjs')],
  };
  const run = spawnSync(
    process.execPath,
    [require.resolve('jest/bin/jest'), '--config', JSON.stringify(config)],
    {
      cwd: FIXTURES,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: run.status, stdout: run.stdout };
}

describe('the summary line', () => {
  it('counts a spec file that failed outside its tests as failed, saying why', () => {
    const { status, stdout } = runJestOnFixtures();
    expect(status).toBe(1);
    expect(stdout.trim().split('\n')).toEqual([
      'tests: 3 passed, 3 failed (1 spec file failed to load, 1 spec file failed outside its tests)',
    ]);
  });
});
