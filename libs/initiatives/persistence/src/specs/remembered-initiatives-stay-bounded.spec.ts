import { KnownInitiatives, MAX_REMEMBERED_CHARACTERS } from '../lib/known-initiatives';
import type { InitiativeRecord } from '../lib/records';

// What an API process remembers must fit its heap however long the texts are: a text may be 100,000 characters.

const record = (id: string, textLength: number): InitiativeRecord =>
  ({
    id,
    municipalityId: 'm',
    title: 'Valtuustoaloite',
    text: 'a'.repeat(textLength),
    version: 1,
    handlings: [
      { proposal: 'p'.repeat(textLength / 10), decision: 'd'.repeat(textLength / 10), responseText: null },
    ],
  }) as unknown as InitiativeRecord;

describe('initiatives an API process remembers', () => {
  it('keeps the latest ones within the character budget, forgetting the oldest first', () => {
    const known = new KnownInitiatives();
    const ids = Array.from({ length: 200 }, (_, index) => `i${index}`);
    for (const id of ids) known.remember(record(id, 100_000));
    const kept = ids.filter((id) => known.recall('m', id, []) !== null);
    const perRecord = 100_000 + 2 * 10_000 + 'Valtuustoaloite'.length;
    expect(kept).toEqual(ids.slice(-Math.floor(MAX_REMEMBERED_CHARACTERS / perRecord)));
  });

  it('keeps a thousand short ones, and counts a remembered one again only once', () => {
    const known = new KnownInitiatives();
    const ids = Array.from({ length: 1_200 }, (_, index) => `i${index}`);
    for (const id of ids) known.remember(record(id, 1_000));
    for (let version = 0; version < 5_000; version++) known.remember(record('i1199', 1_000));
    expect(ids.filter((id) => known.recall('m', id, []) !== null)).toEqual(ids.slice(-1_000));
  });
});
