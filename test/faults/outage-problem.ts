/** An answer the API gave while PostgreSQL was down, hung or refusing connections. */
export interface OutageAnswer {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  text: string;
}

/** What an outage answer reveals of the server's insides: a stack frame, a source path, the driver's or ORM's words. */
const LEAKS: [string, RegExp][] = [
  ['a stack frame', /^\s*at |\bat \S+ \(|<anonymous>/m],
  ['a file path', /(\/[\w.@-]+)+\.(?:c?js|ts)\b|node_modules|dist\/apps/],
  ['a system error code', /\bE[A-Z]{3,}\b/],
  ['the driver’s words', /Connection terminated|Query read timeout|timeout exceeded|Client has encountered/i],
  ['the driver’s or the ORM’s name', /\bpg\b|pg-pool|node-postgres|typeorm|QueryFailedError|QueryRunner/i],
  ['an SQL state or statement', /SQLSTATE|\b(?:SELECT|INSERT|UPDATE)\b/],
];

/**
 * api.md: every error is application/problem+json (RFC 9457) with a code, never a stack trace. During an outage
 * that is the 503 with Retry-After, always with the same code. Returns what is wrong with the answer, or null.
 */
export function outageProblemDefect(answer: OutageAnswer): string | null {
  if (answer.status !== 503) return `status ${answer.status}`;
  if (!answer.contentType?.startsWith('application/problem+json'))
    return `content type ${answer.contentType}`;
  if (answer.retryAfter !== '5') return `Retry-After ${answer.retryAfter}`;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(answer.text) as Record<string, unknown>;
  } catch {
    return `not JSON: ${answer.text.slice(0, 200)}`;
  }
  if (body.status !== 503 || body.code !== 'DATABASE_UNAVAILABLE')
    return `status/code ${body.status}/${body.code}`;
  for (const field of ['type', 'title', 'detail']) {
    if (typeof body[field] !== 'string' || body[field] === '') return `no ${field}`;
  }
  for (const [what, pattern] of LEAKS) {
    if (pattern.test(answer.text)) return `${what} in ${answer.text.slice(0, 300)}`;
  }
  return null;
}

/** The defects of many outage answers, each kind once with how often it occurred: [] when all are clean. */
export function outageProblemDefects(answers: OutageAnswer[]): string[] {
  const counts = new Map<string, number>();
  for (const answer of answers) {
    const defect = outageProblemDefect(answer);
    if (defect) counts.set(defect, (counts.get(defect) ?? 0) + 1);
  }
  return [...counts].map(([defect, count]) => `${count} × ${defect}`);
}
