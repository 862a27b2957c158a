import { endpointCase, once, pick, type EndpointCase } from './endpoint-case';
import type { Targets } from './targets';

// Issue 21 item 2: the OParl lists and objects, for anyone (no session): a list with each of its filters and a
// page of it, and an object at its address; mutated ids, instants, pages and limits are refused, never a 500.

const PAPERS = '/oparl/v1/bodies/kajaani/papers';
const LISTS = ['papers', 'meetings', 'agenda-items', 'consultations', 'files', 'organizations'] as const;

export function oparlCases(targets: Targets): EndpointCase[] {
  const paperId = once(async () =>
    String((await targets.call('GET', `${PAPERS}?limit=1`, undefined, null)).data[0].id)
      .split('/')
      .pop(),
  );
  return [
    endpointCase({
      name: 'GET /oparl/v1/bodies/{slug}/{list}',
      prepare: async () => null,
      twin: (_, largest, round) => ({
        method: 'GET',
        route: `/oparl/v1/bodies/kajaani/${pick(LISTS, round)}`,
        query: {
          modified_since: '2026-01-01T00:00:00+02:00',
          created_until: largest ? '9999-12-31T23:59:59.999999Z' : '2030-01-01T00:00:00Z',
          limit: largest ? 50 : 5,
          page: 1,
        },
        token: null,
      }),
    }),
    endpointCase({
      name: 'GET /oparl/v1/bodies/{slug}/papers/{id}',
      prepare: async () => (await paperId()) as string,
      twin: (id) => ({ method: 'GET', route: `${PAPERS}/:id`, params: { id }, token: null }),
    }),
  ];
}
