import { bodyGenitive, EXPORT_TEXTS, minutesDate, type IsoDate, type ReaderLanguage } from '@aloite/domain';
import { Feed } from 'feed';
import ical, { ICalEventStatus } from 'ical-generator';
import { bodyNameIn } from '../municipality/languages';
import type { PublicBody, PublicInitiative, PublicInitiativeSummary, PublicMeeting } from './public-view';

export const FEED_FORMATS = ['atom', 'rss'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];
export const FEED_KINDS = ['initiatives', 'decisions'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export const FEED_CONTENT_TYPES = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
} as const;

/** Entries in a feed: a reader polls often, so the latest ones are enough. */
export const FEED_LENGTH = 50;
/** Initiatives whose decisions a decisions feed reads, each one by one: enough for its latest entries. */
export const DECIDED_INITIATIVES = 20;
/** Characters of a decision in its entry's summary; the whole text is on the initiative's page. */
const SUMMARY_LENGTH = 400;
/** RFC 4151 tag URIs: an entry keeps its id whatever address the site is reached at. */
const TAG = 'tag:aloite.fi,2026:';
const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

const TEXTS: Record<ReaderLanguage, Record<FeedKind | 'meeting', string>> = {
  fi: { initiatives: 'Uudet aloitteet', decisions: 'Päätökset aloitteista', meeting: 'kokous' },
  sv: { initiatives: 'Nya initiativ', decisions: 'Beslut om initiativ', meeting: 'sammanträde' },
  en: { initiatives: 'New initiatives', decisions: 'Decisions on initiatives', meeting: 'meeting' },
};

/** What a feed's links and words depend on: the site's origin, the municipality and the reader's language. */
export interface FeedSite {
  origin: string;
  slug: string;
  municipality: string;
  lang: ReaderLanguage;
  today: IsoDate;
  bodies: readonly PublicBody[];
}

interface FeedEntry {
  id: string;
  title: string;
  link: string;
  summary: string;
  updated: Date;
  published: Date;
}

const HELSINKI = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Helsinki',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function helsinkiOffsetMs(instant: number): number {
  const part = Object.fromEntries(
    HELSINKI.formatToParts(instant).map(({ type, value }) => [type, Number(value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second) - instant;
}

/** The instant of a Finnish wall-clock time; the offset is taken again at the guess, for the days DST changes. */
export function helsinkiInstant(date: IsoDate, time = '00:00'): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  return new Date(wall - helsinkiOffsetMs(wall - helsinkiOffsetMs(wall)));
}

const pageUrl = (site: FeedSite, path: string) => `${site.origin}/public/${site.slug}/${site.lang}${path}`;
const initiativeUrl = (site: FeedSite, id: string) => pageUrl(site, `/initiatives/${id}`);
const cut = (text: string) => (text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text);

export function initiativeEntries(site: FeedSite, items: readonly PublicInitiativeSummary[]): FeedEntry[] {
  const { states, columns } = EXPORT_TEXTS[site.lang];
  return items.map((item) => ({
    id: `${TAG}initiative/${item.id}`,
    title: `${item.title} (${item.diaryNumber})`,
    link: initiativeUrl(site, item.id),
    summary: [
      `${columns.state}: ${states[item.state]}`,
      `${columns.submitted}: ${minutesDate(item.submittedOn)}`,
      ...(item.firstSigner ? [`${columns.firstSigner}: ${item.firstSigner}`] : []),
      `${columns.signatoryCount}: ${item.signatoryCount}`,
    ].join('. '),
    updated: new Date(item.updatedAt),
    published: new Date(item.createdAt),
  }));
}

/** Each handling with a decision is an entry, of the body given or of any; the latest first. */
export function decisionEntries(
  site: FeedSite,
  initiatives: readonly PublicInitiative[],
  bodyId: string | null,
): FeedEntry[] {
  const bodyName = bodyNameIn(site.bodies, site.lang);
  const decided = initiatives.flatMap((initiative) =>
    initiative.handlings
      .filter((handling) => handling.decision && (bodyId === null || handling.bodyId === bodyId))
      .map((handling) => ({ initiative, handling, decision: handling.decision as string })),
  );
  decided.sort(
    (a, b) => b.handling.date.localeCompare(a.handling.date) || b.handling.section - a.handling.section,
  );
  return decided.slice(0, FEED_LENGTH).map(({ initiative, handling, decision }) => {
    const when = helsinkiInstant(handling.date);
    return {
      id: `${TAG}initiative/${initiative.id}/handling/${handling.seq}`,
      title: `${bodyName(handling.bodyId)} ${minutesDate(handling.date)} § ${handling.section}: ${initiative.title}`,
      link: initiativeUrl(site, initiative.id),
      summary: cut(decision),
      updated: when,
      published: when,
    };
  });
}

/** An Atom or RSS feed; its time is its latest entry's (or today's), so the same data gives the same bytes. */
export function renderFeed(
  site: FeedSite,
  kind: FeedKind,
  body: PublicBody | null,
  entries: readonly FeedEntry[],
  format: FeedFormat,
  self: string,
): string {
  const title = [
    site.municipality,
    TEXTS[site.lang][kind],
    ...(body ? [bodyNameIn([body], site.lang)(body.id)] : []),
  ];
  const updated = entries.reduce(
    (latest, entry) => (entry.updated > latest ? entry.updated : latest),
    helsinkiInstant(site.today),
  );
  const feed = new Feed({
    title: title.join(' – '),
    description: title.join(' – '),
    id: `${TAG}${site.slug}/${kind}${body ? `/body/${body.id}` : ''}`,
    link: pageUrl(site, body ? `/bodies/${body.id}` : ''),
    language: site.lang,
    updated,
    generator: 'Aloite',
    copyright: site.municipality,
    feedLinks: { [format]: self },
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id,
      title: entry.title,
      link: entry.link,
      description: entry.summary,
      date: entry.updated,
      published: entry.published,
    });
  }
  if (format === 'rss') return feed.rss2();
  // The package writes RSS's <language> but no language for Atom: RFC 4287 takes it from xml:lang.
  const atom = feed.atom1();
  return atom.replace(ATOM_ROOT, `${ATOM_ROOT.slice(0, -1)} xml:lang="${site.lang}">`);
}

/** "Kaupunginvaltuuston kokous", "Stadsfullmäktiges sammanträde", "City council meeting". */
function meetingTitle(body: PublicBody, lang: ReaderLanguage): string {
  if (lang === 'en') return `${body.name} ${TEXTS.en.meeting}`;
  const name = bodyGenitive({ fi: body.name, sv: body.nameSv ?? body.name }, lang);
  return `${name.charAt(0).toLocaleUpperCase(lang)}${name.slice(1)} ${TEXTS[lang].meeting}`;
}

/** A body's meetings; one without a start time is a whole-day event on its date. */
export function meetingsCalendar(
  site: FeedSite,
  body: PublicBody,
  meetings: readonly PublicMeeting[],
): string {
  const calendar = ical({
    name: `${site.municipality} – ${bodyNameIn([body], site.lang)(body.id)}`,
    prodId: { company: 'Aloite', product: 'Aloite', language: site.lang.toUpperCase() },
  });
  // DTSTAMP is when the calendar was made: today's, so the same data gives the same bytes all day.
  const stamp = helsinkiInstant(site.today);
  for (const meeting of meetings) {
    calendar.createEvent({
      id: `${meeting.id}@aloite.fi`,
      summary: meetingTitle(body, site.lang),
      start: meeting.startTime
        ? helsinkiInstant(meeting.date, meeting.startTime)
        : new Date(`${meeting.date}T00:00:00Z`),
      allDay: meeting.startTime === null,
      stamp,
      location: meeting.place,
      status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      url: pageUrl(site, `/meetings/${meeting.id}`),
    });
  }
  return calendar.toString();
}
