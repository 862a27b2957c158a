import { createDataSource } from '@aloite/persistence';
import type { OpenAPIObject } from '@nestjs/swagger';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the contract is the API app's own document
import { createApp } from '../apps/api/src/app';
// eslint-disable-next-line @nx/enforce-module-boundaries -- as above
import { openApiDocument } from '../apps/api/src/openapi';

/**
 * The API's OpenAPI document as the app builds it. The document comes from the controllers and DTOs alone, so the
 * app is created on a data source that is never connected: no database is needed to write the contract.
 */
export async function apiDocument(): Promise<OpenAPIObject> {
  const app = await createApp({
    dataSource: createDataSource({ url: 'postgres://contract@127.0.0.1:1/contract' }),
    logLevel: 'silent',
  });
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
  }
}
