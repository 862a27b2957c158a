// Two OpenID Connect providers on loopback for the tests, in their own Node process (oidc-provider is ESM-only).
// `real`: oidc-provider, a certified provider, with an in-memory directory the test changes through /control.
// `faulty`: a minimal provider whose token endpoint signs the ID token with the fault the test asks for.
// argv: the client's redirect URI. Prints one line of JSON: both issuers, then serves until killed.
import http from 'node:http';
import Provider from 'oidc-provider';
import * as jose from 'jose';

const [redirectUri] = process.argv.slice(2);
const CLIENT = { client_id: 'aloite', client_secret: 'aloite-test-secret' };

function listen(handler) {
  const server = http.createServer((req, res) => {
    handler(req, res).catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const readJson = async (req) => {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text || '{}');
};

/** sub → { name, email, preferred_username, groups, enabled } */
const directory = new Map();

const realServer = await listen(async (req, res) => real(req, res));
const realIssuer = `http://127.0.0.1:${realServer.address().port}`;
const provider = new Provider(realIssuer, {
  clients: [
    {
      ...CLIENT,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'], email: ['email'] },
  conformIdTokenClaims: false,
  scopes: ['openid', 'offline_access', 'profile', 'email'],
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  // As Entra ID does: every refresh grant gives a new refresh token, and the old one no longer works.
  rotateRefreshToken: () => true,
  pkce: { required: () => true },
  cookies: { keys: ['aloite-test-cookies'] },
  async findAccount(_ctx, sub) {
    const account = directory.get(sub);
    if (!account?.enabled) return undefined;
    return { accountId: sub, claims: async () => ({ sub, ...account, enabled: undefined }) };
  },
});
const providerCallback = provider.callback();

async function real(req, res) {
  const url = new URL(req.url, realIssuer);
  if (url.pathname === '/control/account' && req.method === 'PUT') {
    const { sub, ...account } = await readJson(req);
    if (account.removed) directory.delete(sub);
    else directory.set(sub, { enabled: true, ...account });
    res.end('{}');
    return;
  }
  if (url.pathname.startsWith('/interaction/')) {
    // The person at the provider's login page: `?sub=` says who signs in.
    const details = await provider.interactionDetails(req, res);
    const sub = url.searchParams.get('sub');
    if (sub === null) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!doctype html><title>Test provider</title><h1>Sign in at the test provider</h1>');
      return;
    }
    if (!directory.get(sub)?.enabled) {
      await provider.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'not in use',
      });
      return;
    }
    const grant = new provider.Grant({ accountId: sub, clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope);
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: sub }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  providerCallback(req, res);
}

// The faulty provider.
const faultyServer = await listen(async (req, res) => faulty(req, res));
const faultyIssuer = `http://127.0.0.1:${faultyServer.address().port}`;
const signingKey = await jose.generateKeyPair('RS256');
const strangerKey = await jose.generateKeyPair('RS256');
const publicJwk = { ...(await jose.exportJWK(signingKey.publicKey)), kid: 'good', alg: 'RS256', use: 'sig' };
let fault = 'none';
const codes = new Map(); // code → nonce

async function faulty(req, res) {
  const url = new URL(req.url, faultyIssuer);
  const json = (body) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  };
  switch (url.pathname) {
    case '/.well-known/openid-configuration':
      return json({
        issuer: faultyIssuer,
        authorization_endpoint: `${faultyIssuer}/authorize`,
        token_endpoint: `${faultyIssuer}/token`,
        jwks_uri: `${faultyIssuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
      });
    case '/jwks':
      return json({ keys: [publicJwk] });
    case '/control/fault':
      fault = (await readJson(req)).fault;
      return json({});
    case '/authorize': {
      const code = `code-${codes.size}`;
      codes.set(code, url.searchParams.get('nonce'));
      const back = new URL(url.searchParams.get('redirect_uri'));
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state'));
      res.statusCode = 302;
      res.setHeader('location', back.href);
      return res.end();
    }
    case '/token': {
      const form = new URLSearchParams(
        await (async () => {
          let text = '';
          for await (const chunk of req) text += chunk;
          return text;
        })(),
      );
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        nonce: fault === 'nonce' ? 'another-nonce' : codes.get(form.get('code')),
        groups: ['aloite-registrars'],
        preferred_username: 'faulty.user',
      };
      const jwt = new jose.SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'good' })
        .setSubject('faulty-user')
        .setIssuer(fault === 'issuer' ? 'http://127.0.0.1:1/elsewhere' : faultyIssuer)
        .setAudience(fault === 'audience' ? 'someone-else' : CLIENT.client_id)
        .setIssuedAt(fault === 'expired' ? now - 7200 : now)
        .setExpirationTime(fault === 'expired' ? now - 3600 : now + 300);
      const idToken = await jwt.sign(fault === 'signature' ? strangerKey.privateKey : signingKey.privateKey);
      return json({
        access_token: 'faulty-access',
        token_type: 'Bearer',
        expires_in: 300,
        refresh_token: 'faulty-refresh',
        id_token: idToken,
      });
    }
    default:
      res.statusCode = 404;
      return res.end();
  }
}

process.stdout.write(`${JSON.stringify({ realIssuer, faultyIssuer, ...CLIENT })}\n`);
