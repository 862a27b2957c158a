import { KnownInitiatives, MAX_REMEMBERED_CHARACTERS } from '../lib/known-initiatives';
import type { InitiativeRecord } from '../lib/records';

// What an API process remembers must fit its heap however long the texts are: a text may be 100,000 characters,
// and an initiative may name 500 signatories of 300 characters each.

const record = (id: string, textLength: number, signatories = 0): InitiativeRecord =>
  ({
    id,
    municipalityId: 'm',
    diaryNumber: 'KAJ/1/2026',
    title: 'Valtuustoaloite',
    text: 'a'.repeat(textLength),
    version: 1,
    context: { statements: [] },
    signatories: Array.from({ length: signatories }, (_, index) => ({
      name: `${index}`.padEnd(200, 'n'),
      party: 'p'.repeat(100),
      firstSigner: index === 0,
    })),
    handlings: [
      {
        presenter: null,
        proposal: 'p'.repeat(textLength / 10),
        decision: 'd'.repeat(textLength / 10),
        responseText: null,
        preparers: [],
        resolutions: [],
      },
    ],
    attachments: [],
  }) as unknown as InitiativeRecord;

/** The characters of the strings a record holds, counted here independently of the cache. */
const stringsOf = (value: unknown): number =>
  typeof value === 'string'
    ? value.length
    : value && typeof value === 'object'
      ? Object.values(value).reduce((sum: number, inner) => sum + stringsOf(inner), 0)
      : 0;

const keptOf = (known: KnownInitiatives, ids: string[]) =>
  ids.filter((id) => known.recall('m', id, []) !== null);

describe('initiatives an API process remembers', () => {
  it('keeps the latest ones within the character budget, forgetting the oldest first', () => {
    const known = new KnownInitiatives();
    const ids = Array.from({ length: 200 }, (_, index) => `i${index}`);
    for (const id of ids) known.remember(record(id, 100_000));
    const kept = keptOf(known, ids);
    expect(kept).toEqual(ids.slice(-kept.length));
    expect(kept.length * stringsOf(record('i0', 100_000))).toBeLessThanOrEqual(MAX_REMEMBERED_CHARACTERS);
    expect(kept.length).toBeGreaterThan(30);
  });

  it('counts the signatories: 500 of the longest keep the remembered characters under the budget', () => {
    const known = new KnownInitiatives();
    const ids = Array.from({ length: 1_000 }, (_, index) => `i${index}`);
    for (const id of ids) known.remember(record(id, 100, 500));
    const kept = keptOf(known, ids);
    const perRecord = stringsOf(record('i0', 100, 500));
    expect(perRecord).toBeGreaterThan(150_000);
    expect(kept).toEqual(ids.slice(-kept.length));
    expect(kept.length * perRecord).toBeLessThanOrEqual(MAX_REMEMBERED_CHARACTERS);
    expect(kept.length).toBeGreaterThan(0);
  });

  it('keeps a thousand short ones, and counts a remembered one again only once', () => {
    const known = new KnownInitiatives();
    const ids = Array.from({ length: 1_200 }, (_, index) => `i${index}`);
    for (const id of ids) known.remember(record(id, 1_000));
    for (let version = 0; version < 5_000; version++) known.remember(record('i1199', 1_000));
    expect(keptOf(known, ids)).toEqual(ids.slice(-1_000));
  });
});
