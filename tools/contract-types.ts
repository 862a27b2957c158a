import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { apiDocument } from './contract-document';

/** The web app's copy of the API's types, committed so the web app builds without the API running. */
export const CONTRACT_FILE = path.join(__dirname, '../apps/web/src/api/generated/openapi.ts');

const HEADER = `// Generated from the API's OpenAPI document by \`npm run contract\`: do not edit by hand.\n\n`;

/** The contract file as it should read now: types generated from the API's OpenAPI document, formatted. */
export async function contractSource(): Promise<string> {
  const document = await apiDocument();
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), { exportType: true });
  const options = await prettier.resolveConfig(CONTRACT_FILE);
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: CONTRACT_FILE });
}
