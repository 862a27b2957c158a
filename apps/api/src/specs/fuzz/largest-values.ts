// The largest values the API accepts, written from its contract (api.md and the DTOs' documented limits), not
// read from the product: a twin built of them must be accepted, and must get through the write path.

export const LONG_TEXT = 100_000;
export const LIMITS = {
  title: 500,
  diaryNumber: 100,
  signatories: 500,
  signatoryName: 200,
  party: 100,
  signatoryCount: 1_000_000,
  section: 100_000,
  preparers: 20,
  preparerName: 200,
  preparerTitle: 200,
  email: 320,
  presenter: 300,
  reason: 2_000,
  requestedBy: 300,
  resolutions: 50,
  resolution: 10_000,
  annualListId: 200,
  annualListIds: 1_000,
  statementRequests: 20,
  name: 200,
  diaryPrefix: 40,
  username: 100,
  password: 200,
  bodyIdsOfUser: 100,
  query: 200,
  pageSize: 200,
  legalGround: 300,
  fileName: 255,
} as const;

const PROSE =
  'Valtuustoaloite työllisyysbonuksesta opiskeluun: kaupunki selvittää mahdollisuudet ja kustannukset.\n';

/** Finnish prose of exactly `length` characters, ending in a letter (nothing a trim would shorten). */
export function text(length: number, tag = ''): string {
  const body = PROSE.repeat(Math.ceil(length / PROSE.length) + 1);
  return `${tag}${body}`.slice(0, length - 1) + 'x';
}

/** `name` padded to exactly `length` characters, still ending in what makes it unique. */
export function padded(unique: string, length: number, filler = 'x'): string {
  return `${filler.repeat(Math.max(0, length - unique.length))}${unique}`;
}

/** An e-mail address of exactly 320 characters: 64 before the @, 255 after, in labels of at most 63. */
export function longestEmail(unique: string): string {
  const labels = ['k'.repeat(63), 'k'.repeat(63), 'k'.repeat(63), 'k'.repeat(60), 'fi'];
  return `${padded(unique, 64, 'a')}@${labels.join('.')}`;
}

export const preparers = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    name: text(LIMITS.preparerName, `Valmistelija ${index} `),
    title: text(LIMITS.preparerTitle),
    email: longestEmail(`p${index}`),
  }));

export const signatories = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    name: text(LIMITS.signatoryName, `Allekirjoittaja ${index} `),
    party: text(LIMITS.party),
    firstSigner: index === 0,
  }));
