/** What a crawled answer is, by its content type and address: the kinds of public surface issue 21 builds. */
export type SurfaceKind = 'html' | 'oparl' | 'feed' | 'ical' | 'json' | 'csv' | 'document' | 'other';

export interface Crawled {
  url: string;
  status: number;
  contentType: string;
  kind: SurfaceKind;
  /** The response headers as one text, so a leak in a header (a file name in Content-Disposition) is seen too. */
  headers: string;
  body: Buffer;
}

export interface CrawlOptions {
  /** At most this many addresses are fetched; the crawl reports that it stopped short. */
  maxCount?: number;
  /** Each request from another client address (`X-Forwarded-For`, for an app that trusts one proxy hop). */
  spreadAddresses?: boolean;
}

export interface Crawl {
  pages: Crawled[];
  /** True when links were left unfetched because `maxCount` was reached. */
  truncated: boolean;
}

const DOCUMENT_CONTENT = /^\/api\/attachments\/[^/]+\/content$/;

function kindOf(path: string, contentType: string): SurfaceKind {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (DOCUMENT_CONTENT.test(path)) return 'document';
  if (type === 'text/html') return 'html';
  if (type === 'text/calendar') return 'ical';
  if (/^application\/(atom|rss)\+xml$/.test(type) || (/xml$/.test(type) && /\.(atom|rss)$/.test(path)))
    return 'feed';
  if (type === 'application/json' || type.endsWith('+json'))
    return path.startsWith('/oparl/') ? 'oparl' : 'json';
  if (type === 'text/csv') return 'csv';
  return 'other';
}

const decodeEntities = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Every string value in a JSON document, however deep. */
function jsonStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) jsonStrings(item, into);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) jsonStrings(item, into);
  return into;
}

/** iCalendar folds lines longer than 75 octets: a line break and one space or tab continue the line. */
const unfolded = (kind: SurfaceKind, text: string) =>
  kind === 'ical' ? text.replace(/\r?\n[ \t]/g, '') : text;

/** The link candidates of one answer (an iCalendar one unfolded), as its format carries them. */
export function linksIn(kind: SurfaceKind, text: string): string[] {
  switch (kind) {
    case 'html':
      return [...text.matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((match) =>
        decodeEntities(match[1] ?? match[2]),
      );
    case 'oparl':
    case 'json':
      try {
        return jsonStrings(JSON.parse(text));
      } catch {
        return [];
      }
    case 'feed':
      return [
        ...[...text.matchAll(/\s(?:href|url)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => m[1] ?? m[2]),
        ...[...text.matchAll(/<(id|url|link|guid|comments)(?:\s[^>]*)?>([^<]*)<\/\1>/gi)].map((m) => m[2]),
      ].map((link) => decodeEntities(link.replace(/^<!\[CDATA\[|\]\]>$/g, '').trim()));
    case 'ical':
    case 'csv':
    case 'document':
    case 'other':
      // Absolute addresses only (an iCalendar URL is one): found in the text as a whole (crawlPublic).
      return [];
  }
}

/**
 * Reads the public surface as an anonymous client would: from the entry addresses, every same-origin link in
 * HTML, JSON, Atom/RSS and iCalendar (and every absolute address on our origin in any text, CSV too), each
 * fetched once, without cookies or tokens, redirects followed as links. Returns every answer with its bytes.
 */
export async function crawlPublic(
  baseUrl: string,
  entries: readonly string[],
  { maxCount = 3000, spreadAddresses = false }: CrawlOptions = {},
): Promise<Crawl> {
  const origin = new URL(baseUrl).origin;
  const anywhere = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s"'<>,;\\\\]*`, 'g');
  const seen = new Set<string>();
  const queue: string[] = [];
  const pages: Crawled[] = [];
  let truncated = false;

  const enqueue = (link: string, from: string, relative: boolean) => {
    // A JSON string is an address only when it looks like one; in markup every attribute is one.
    if (!link || (!relative && !/^(https?:\/\/|\/)/i.test(link))) return;
    let url: URL;
    try {
      url = new URL(link, from);
    } catch {
      return;
    }
    if (url.origin !== origin) return;
    url.hash = '';
    if (seen.has(url.href)) return;
    if (seen.size >= maxCount) {
      truncated = true;
      return;
    }
    seen.add(url.href);
    queue.push(url.href);
  };

  const fetchOnce = async (url: string, attempt = 0): Promise<Response> => {
    const headers: Record<string, string> = spreadAddresses
      ? { 'x-forwarded-for': `10.21.${(pages.length >> 8) & 255}.${pages.length & 255}` }
      : {};
    const response = await fetch(url, { redirect: 'manual', headers });
    if (response.status !== 429 || attempt >= 3) return response;
    await response.arrayBuffer();
    const wait = Math.min(Number(response.headers.get('retry-after')) || 1, 5);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    return fetchOnce(url, attempt + 1);
  };

  for (const entry of entries) enqueue(entry, origin, true);
  while (queue.length > 0) {
    const url = queue.shift() as string;
    const response = await fetchOnce(url);
    const body = Buffer.from(await response.arrayBuffer());
    const contentType = response.headers.get('content-type') ?? '';
    const kind = kindOf(new URL(url).pathname, contentType);
    const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
    pages.push({ url, status: response.status, contentType, kind, headers, body });
    const location = response.headers.get('location');
    if (location) enqueue(location, url, true);
    if (kind === 'document') continue;
    const text = unfolded(kind, body.toString('utf8'));
    const markup = kind === 'html' || kind === 'feed';
    for (const link of linksIn(kind, text)) enqueue(link, url, markup);
    for (const match of (markup ? decodeEntities(text) : text).matchAll(anywhere))
      enqueue(match[0], url, false);
  }
  return { pages, truncated };
}
