import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  pointer?: string;
}

export interface LintResult {
  errors: number;
  warnings: number;
  problems: LintProblem[];
}

const LINTER = path.join(__dirname, '../../../../tools/lint-openapi.mjs');

/** Redocly's recommended rules over a document, run in Node itself: the linter is ESM only, Jest loads CommonJS. */
export function lintOpenApi(document: unknown): LintResult {
  const output = execFileSync(process.execPath, [LINTER], { input: JSON.stringify(document) });
  return JSON.parse(output.toString('utf8')) as LintResult;
}
