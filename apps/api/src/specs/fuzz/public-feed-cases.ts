import { DEMO_SLUG } from '../../testing/test-app';
import { endpointCase, pick, type EndpointCase } from './endpoint-case';
import type { Targets } from './targets';

// Issue 21's feeds and yearly data: anonymous reads at the fixed public addresses, each round in another format
// and language, for the municipality or one of its bodies.

const LANGUAGES = [undefined, 'fi', 'sv', 'en'] as const;

export function publicFeedCases(targets: Targets): EndpointCase[] {
  const { council, employment } = targets.bodies;
  const lang = (round: number) => {
    const chosen = pick(LANGUAGES, round);
    return chosen ? { lang: chosen } : undefined;
  };
  const read = (route: string, params: (round: number) => Record<string, string>) =>
    endpointCase<null>({
      name: `GET ${route}`,
      prepare: async () => null,
      twin: (_, __, round) => ({
        method: 'GET',
        route,
        params: { slug: DEMO_SLUG, ...params(round) },
        query: lang(round),
        token: null,
      }),
    });
  const feed = (round: number) =>
    `${pick(['initiatives', 'decisions'], round)}.${pick(['atom', 'rss'], round >> 1)}`;
  return [
    read('/public/:slug/feeds/:file', (round) => ({ file: feed(round) })),
    read('/public/:slug/bodies/:bodyId/feeds/:file', (round) => ({
      bodyId: pick([council, employment], round),
      file: feed(round),
    })),
    read('/public/:slug/bodies/:bodyId/meetings.ics', (round) => ({
      bodyId: pick([employment, council], round),
    })),
    read('/public/:slug/data/:file', (round) => ({
      file: `initiatives-${pick(['2026', '2025'], round)}.${pick(['csv', 'json'], round >> 1)}`,
    })),
  ];
}
