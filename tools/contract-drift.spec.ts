import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const CONTRACT_FILE = path.join(__dirname, '../apps/web/src/api/generated/openapi.ts');

describe('the web app’s copy of the API contract', () => {
  it('is what the API’s OpenAPI document generates today', () => {
    // In Node itself: openapi-typescript loads ESM-only packages that Jest cannot require.
    const generated = execFileSync(
      process.execPath,
      [path.join(__dirname, 'run-ts.cjs'), path.join(__dirname, 'write-contract.ts'), '--print'],
      { encoding: 'utf8' },
    );
    if (readFileSync(CONTRACT_FILE, 'utf8') !== generated) {
      throw new Error(
        'apps/web/src/api/generated/openapi.ts differs from the API’s OpenAPI document: run `npm run contract` and commit the result.',
      );
    }
  });
});
