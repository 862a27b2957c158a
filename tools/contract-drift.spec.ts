import { readFileSync } from 'node:fs';
import { CONTRACT_FILE, contractSource } from './contract-types';

describe('the web app’s copy of the API contract', () => {
  it('is what the API’s OpenAPI document generates today', async () => {
    const committed = readFileSync(CONTRACT_FILE, 'utf8');
    const generated = await contractSource();
    if (committed !== generated) {
      throw new Error(
        'apps/web/src/api/generated/openapi.ts differs from the API’s OpenAPI document: run `npm run contract` and commit the result.',
      );
    }
  });
});
