import { endpointCase, pick, type EndpointCase } from './endpoint-case';
import type { Targets } from './targets';

// The public pages (issue 21): anonymous reads of the demo municipality in each language, on ids the demo holds.

const SLUG = 'kajaani';
const LANGS = ['fi', 'sv', 'en'] as const;

export function publicPageCases(targets: Targets, demo: { initiativeId: string }): EndpointCase[] {
  const page = (
    route: string,
    ids: () => Promise<Record<string, string>>,
    query?: (round: number) => object,
  ) =>
    endpointCase<Record<string, string>>({
      name: `GET ${route}`,
      prepare: ids,
      twin: (params, _largest, round) => ({
        method: 'GET',
        route,
        params: { slug: SLUG, lang: pick(LANGS, round), ...params },
        ...(query ? { query: query(round) as Record<string, string> } : {}),
        token: null,
      }),
    });
  const none = async () => ({});
  const meeting = async () => {
    const calendar = await targets.call('GET', `/api/bodies/${targets.bodies.employment}/meetings?year=2026`);
    return { id: calendar[0].id as string };
  };
  return [
    endpointCase<null>({
      name: 'GET /public/:slug',
      prepare: async () => null,
      twin: () => ({ method: 'GET', route: '/public/:slug', params: { slug: SLUG }, token: null }),
      redirects: true,
    }),
    page('/public/:slug/:lang', none, (round) => ({
      q: pick(['kirjastossa', 'työllisyysbonus', ''], round),
      state: pick(['awaitingStatements', ''], round),
      year: pick(['2026', ''], round),
      body: targets.bodies.employment,
    })),
    page('/public/:slug/:lang/initiatives/:id', async () => ({ id: demo.initiativeId })),
    page(
      '/public/:slug/:lang/bodies/:id',
      async () => ({ id: targets.bodies.employment }),
      () => ({
        year: '2026',
      }),
    ),
    page('/public/:slug/:lang/meetings/:id', meeting),
    page('/public/:slug/:lang/annual-lists', none),
    page('/public/:slug/:lang/annual-lists/:year', async () => ({ year: '2026' })),
    page('/public/:slug/:lang/accessibility', none),
  ];
}
