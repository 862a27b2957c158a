// Lints an OpenAPI document (JSON on standard input) with Redocly's recommended rules and prints one JSON line:
// { errors, warnings, problems }. A separate process because @redocly/openapi-core is ESM only.
import { createConfig, lintFromString } from '@redocly/openapi-core';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const config = await createConfig({ extends: ['recommended'] });
const problems = await lintFromString({
  source: Buffer.concat(chunks).toString('utf8'),
  absoluteRef: 'openapi.json',
  config,
});
const summary = (severity) => problems.filter((problem) => problem.severity === severity);
process.stdout.write(
  JSON.stringify({
    errors: summary('error').length,
    warnings: summary('warn').length,
    problems: problems.map(({ ruleId, severity, message, location }) => ({
      ruleId,
      severity,
      message,
      pointer: location[0]?.pointer,
    })),
  }) + '\n',
);
