import { request } from 'node:http';
import { testResponse, type TestResponse } from './test-app';

/**
 * Requests whose connections come from another loopback address (127.0.0.2, 127.0.0.3 …: all the local machine
 * on Linux), so the API sees another client's address.
 */
export function fromAddress(baseUrl: string, localAddress: string) {
  return (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    new Promise<TestResponse>((resolve, reject) => {
      const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      const outgoing = request(
        `${baseUrl}${path}`,
        {
          method,
          localAddress,
          headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(response.headers)) {
              if (typeof value === 'string') responseHeaders.set(name, value);
            }
            const text = Buffer.concat(chunks).toString('utf8');
            resolve(testResponse(response.statusCode ?? 0, responseHeaders, text));
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
}
