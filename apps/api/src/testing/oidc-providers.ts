import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface DirectoryAccount {
  name?: string;
  email?: string;
  preferred_username?: string;
  groups?: string[];
  enabled?: boolean;
  removed?: boolean;
}

export type TokenFault = 'none' | 'issuer' | 'audience' | 'expired' | 'signature' | 'nonce';

/** The providers of `oidc-providers.mjs`, in a child process the test starts and ends. */
export interface TestProviders {
  realIssuer: string;
  faultyIssuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds, changes, disables or removes an account in the real provider's directory. */
  account(sub: string, account: DirectoryAccount): Promise<void>;
  /** What the faulty provider's next ID tokens get wrong. */
  fault(fault: TokenFault): Promise<void>;
  close(): Promise<void>;
}

async function put(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, { method: 'PUT', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
}

export async function startTestProviders(redirectUri: string): Promise<TestProviders> {
  const child = spawn(process.execPath, [path.join(__dirname, 'oidc-providers.mjs'), redirectUri], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  const started = JSON.parse(line) as {
    realIssuer: string;
    faultyIssuer: string;
    client_id: string;
    client_secret: string;
  };
  return {
    realIssuer: started.realIssuer,
    faultyIssuer: started.faultyIssuer,
    clientId: started.client_id,
    clientSecret: started.client_secret,
    account: (sub, account) => put(`${started.realIssuer}/control/account`, { sub, ...account }),
    fault: (fault) => put(`${started.faultyIssuer}/control/fault`, { fault }),
    async close() {
      child.kill();
      await once(child, 'exit');
    },
  };
}
