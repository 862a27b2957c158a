import { ROLES } from '@aloite/domain';
import { endpointCase, pick, type EndpointCase } from './endpoint-case';
import { LIMITS, longestEmail, padded, text } from './largest-values';
import type { Targets } from './targets';

// Sign-in, sessions, accounts, bodies, the municipality, the log of their changes and the endpoints anyone may read.

const read = (targets: Targets, route: string, token: string | null = targets.token) =>
  endpointCase<null>({
    name: `GET ${route}`,
    prepare: async () => null,
    twin: () => ({ method: 'GET', route, token }),
  });

export function accountCases(targets: Targets): EndpointCase[] {
  const { token } = targets;
  const accountFields = (largest: boolean, round: number) => {
    const unique = targets.unique('u');
    return largest
      ? {
          displayName: text(LIMITS.name),
          email: longestEmail(unique),
          roles: [...ROLES],
          bodyIds: targets.committees.slice(0, LIMITS.bodyIdsOfUser),
        }
      : {
          displayName: 'Fuzz Käyttäjä',
          ...(round % 2 === 0 ? { email: `${unique}@kajaani.fi` } : {}),
          roles: [pick(['councilStaff', 'committeeSecretary', 'registrar'], round)],
          bodyIds: [targets.bodies.employment],
        };
  };

  return [
    read(targets, '/api/health', null),
    read(targets, '/api/health/live', null),
    read(targets, '/api/health/ready', null),
    read(targets, '/api/openapi.json', null),
    read(targets, '/api/docs', null),
    read(targets, '/api/me'),
    read(targets, '/api/bodies'),
    read(targets, '/api/municipality'),
    read(targets, '/api/users'),
    endpointCase<null>({
      name: 'GET /api/admin/log',
      prepare: async () => null,
      twin: (_, largest) => ({
        method: 'GET',
        route: '/api/admin/log',
        query: largest ? { limit: '200', cursor: '999999999999999999' } : { limit: '10' },
        token,
      }),
    }),
    read(targets, '/api/auth/municipalities', null),
    read(targets, '/api/municipality/sign-in'),
    // The fuzzing deployment has one municipality, which these name when none is given.
    read(targets, '/api/auth/sign-in-options', null),
    endpointCase({
      name: 'PUT /api/municipality/sign-in',
      // Passwords stay allowed for the endpoints after this one: an accepted mutation gets a fresh target.
      prepare: () =>
        targets.call('PUT', '/api/municipality/sign-in', { passwordsAllowed: true, provider: null }),
      twin: (_, largest, round) => ({
        method: 'PUT',
        route: '/api/municipality/sign-in',
        body: {
          passwordsAllowed: true,
          provider: {
            // Loopback port 9 refuses at once: the start case's discovery fails fast instead of going anywhere.
            issuer: 'http://127.0.0.1:9/',
            clientId: largest ? text(200) : 'fuzz-client',
            clientSecret: largest ? text(500) : 'fuzz-secret',
            groupsClaim: round % 2 === 0 ? 'groups' : 'roles',
            groupMappings: [
              {
                group: largest ? text(200) : 'g-fuzz',
                roles: ['committeeSecretary'],
                bodyIds: [targets.bodies.employment],
              },
            ],
          },
        },
        token,
      }),
    }),
    endpointCase({
      name: 'GET /api/auth/oidc/start',
      redirects: true,
      prepare: async () => null,
      twin: () => ({ method: 'GET', route: '/api/auth/oidc/start', token: null }),
    }),
    endpointCase({
      name: 'GET /api/auth/oidc/callback',
      redirects: true,
      prepare: async () => null,
      twin: () => ({
        method: 'GET',
        route: '/api/auth/oidc/callback',
        query: { code: 'fuzz-code', state: targets.unique('fuzz-state') },
        token: null,
      }),
    }),
    endpointCase({
      name: 'POST /api/auth/login',
      prepare: async (largest) => ({ ...(await targets.user(largest)), address: targets.address() }),
      twin: ({ username, password, address }, _, round) => ({
        method: 'POST',
        route: '/api/auth/login',
        body: { username, password, ...(round % 2 === 0 ? { municipality: 'kajaani' } : {}) },
        token: null,
        remoteAddress: address,
      }),
    }),
    endpointCase({
      name: 'POST /api/auth/password',
      prepare: async (largest) => {
        const user = await targets.user(largest);
        return { ...user, session: await targets.session(user.username, user.password) };
      },
      twin: ({ password, session }, largest) => ({
        method: 'POST',
        route: '/api/auth/password',
        body: {
          currentPassword: password,
          newPassword: largest ? padded(session, LIMITS.password, 'n') : `${session.slice(0, 16)}-uusi`,
        },
        token: session,
      }),
    }),
    endpointCase({
      name: 'POST /api/auth/logout',
      prepare: () => targets.session(),
      twin: (session) => ({ method: 'POST', route: '/api/auth/logout', token: session }),
    }),
    endpointCase({
      name: 'POST /api/bodies',
      prepare: async (largest) => {
        const unique = targets.unique('Fuzz-jaosto');
        return largest ? padded(unique, LIMITS.name) : unique;
      },
      twin: (name, _, round) => ({
        method: 'POST',
        route: '/api/bodies',
        body: { name, kind: pick(['committee', 'subcommittee'], round) },
        token,
      }),
    }),
    endpointCase({
      name: 'PATCH /api/bodies/:id',
      prepare: () => targets.body(),
      twin: (id, largest, round) => {
        const unique = targets.unique('Fuzz-nimi');
        return {
          method: 'PATCH',
          route: '/api/bodies/:id',
          params: { id },
          body: { name: largest ? padded(unique, LIMITS.name) : unique, active: round % 3 !== 0 },
          token,
        };
      },
    }),
    endpointCase({
      name: 'PUT /api/municipality',
      prepare: async () => null,
      twin: (_, largest) => ({
        method: 'PUT',
        route: '/api/municipality',
        body: largest
          ? {
              name: text(LIMITS.name, 'Kajaani '),
              rulePack: 'kajaani',
              diaryPrefix: padded('KAJDno', LIMITS.diaryPrefix, 'K'),
            }
          : { name: 'Kajaani', rulePack: 'kajaani', diaryPrefix: 'KAJDno' },
        token,
      }),
    }),
    endpointCase({
      name: 'POST /api/users',
      prepare: async (largest) => {
        const unique = targets.unique('fuzz.new');
        return largest ? padded(unique, LIMITS.username, 'n') : unique;
      },
      twin: (username, largest, round) => ({
        method: 'POST',
        route: '/api/users',
        body: {
          username,
          password: largest ? padded(username, LIMITS.password, 'p') : `${username}-salasana`,
          ...accountFields(largest, round),
        },
        token,
      }),
    }),
    endpointCase({
      name: 'PATCH /api/users/:id',
      prepare: () => targets.user(),
      twin: ({ id }, largest, round) => ({
        method: 'PATCH',
        route: '/api/users/:id',
        params: { id },
        body: {
          ...accountFields(largest, round),
          active: round % 3 !== 0,
          // A new password is argon2 work: every other twin.
          ...(largest || round % 2 === 1
            ? { password: padded(id, largest ? LIMITS.password : 40, 'p') }
            : {}),
        },
        token,
      }),
    }),
  ];
}
