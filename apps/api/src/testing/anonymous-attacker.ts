import { spawn } from 'node:child_process';

/** What the attacker sends: sign-ins with wrong passwords, or sign-in bodies of 100,000 small objects. */
export type AttackBody = 'wrongPassword' | 'manyObjects';

export interface Attack {
  /** Requests per address, all at once, or each address in a loop for `durationMs`. */
  perAddress: number;
  addresses: string[];
  body: AttackBody;
  /** One username for every wrong password; otherwise each request guesses its own. */
  username?: string;
  durationMs?: number;
}

/** One answer the attacker got; status 0 when the connection failed (a refused upload may be cut short). */
export interface AttackAnswer {
  status: number;
  code?: string;
  retryAfter?: string;
}

// Plain JavaScript for a child `node -e`: an attacker in its own process, as it would be, so that its 200
// connections are not opened by the same event loop that serves them.
const ATTACKER = `
const http = require('node:http');
const [baseUrl, json] = process.argv.slice(1);
const { perAddress, addresses, body, username, durationMs } = JSON.parse(json);
const manyObjects = JSON.stringify({ username: 'x', password: 'y', junk: Array.from({ length: 100000 }, () => ({ key: 1 })) });
const bodyOf = (i) => body === 'manyObjects' ? manyObjects : JSON.stringify({ username: username ?? 'bogus-' + i, password: 'wrong-password-x' });
const codeOf = (text) => { try { return JSON.parse(text).code; } catch { return undefined; } };
const send = (address, i) => new Promise((resolve) => {
  const request = http.request(baseUrl + '/api/auth/login', { method: 'POST', localAddress: address, headers: { 'content-type': 'application/json' } }, (response) => {
    let text = '';
    response.on('data', (chunk) => (text += chunk));
    response.on('end', () => resolve({ status: response.statusCode, code: codeOf(text), retryAfter: response.headers['retry-after'] }));
  });
  request.on('error', () => resolve({ status: 0 }));
  request.end(bodyOf(i));
});
const until = Date.now() + (durationMs ?? 0);
const run = async (address, i) => {
  const statuses = [await send(address, i)];
  while (Date.now() < until) statuses.push(await send(address, i));
  return statuses;
};
Promise.all(addresses.flatMap((address, a) => Array.from({ length: perAddress }, (_, i) => run(address, a * perAddress + i))))
  .then((statuses) => process.stdout.write(JSON.stringify(statuses.flat())));
`;

/** Runs an attack from another process; resolves with every answer it got. */
export function attackFromAnotherProcess(baseUrl: string, attack: Attack): Promise<AttackAnswer[]> {
  const child = spawn(process.execPath, ['-e', ATTACKER, baseUrl, JSON.stringify(attack)]);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(output) as AttackAnswer[])
        : reject(new Error(`the attacker exited ${code}`)),
    ),
  );
}
