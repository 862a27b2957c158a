import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { SESSION_COOKIE } from './auth/auth.guard';
import { ProblemResponse } from './http/problem.response';

const PROBLEM = {
  description: 'A problem (RFC 9457); `code` tells which',
  content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemResponse) } } },
};

/** Every operation may answer with a problem: one shared response, for the client and error statuses alike. */
function withProblems(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    responses: { ...document.components?.responses, Problem: PROBLEM },
  };
  for (const path of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = path[method];
      if (!operation) continue;
      operation.responses = {
        ...operation.responses,
        '4XX': { $ref: '#/components/responses/Problem' },
        '5XX': { $ref: '#/components/responses/Problem' },
      };
    }
  }
  return document;
}

export function openApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Aloite API')
    .setDescription(
      'Council initiatives (valtuustoaloitteet) through their lifecycle. Errors are application/problem+json (RFC 9457).',
    )
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addServer('/', 'This server')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'The token from POST /api/auth/login' },
      'bearer',
    )
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', description: 'Set by sign-in' }, 'session')
    // Either one: a session by header or by cookie. Public operations override this with an empty requirement.
    .addSecurityRequirements('bearer')
    .addSecurityRequirements('session')
    .build();
  return withProblems(SwaggerModule.createDocument(app, config, { extraModels: [ProblemResponse] }));
}

export function setUpOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('api/docs', app, openApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    customSiteTitle: 'Aloite API',
  });
}
