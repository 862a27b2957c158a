// The benchmark's fixed corpus: the demo municipality's initiatives, filed by the product's own demo seeding (with
// their preparers and handlings), and the written ones, which the runner files through the API.
import { DEMO_INITIATIVES } from '@aloite/domain/demo';
import type { WrittenEntry } from './corpus-entry';
import { WRITTEN_FINNISH } from './written-fi';
import { WRITTEN_SWEDISH } from './written-sv';

/** The demo initiatives' keys, by their diary numbers. */
export const DEMO_KEYS: Readonly<Record<string, string>> = {
  'KAJDno-2026-577': 'kajaani-16-tyollisyysbonus',
  'KAJDno-2026-726': 'kajaani-17-tinder',
  'KAJDno-2025-1412': 'demo-koirapuisto',
  'KAJDno-2025-1630': 'demo-joukkoliikenne',
  'KAJDno-2026-1021': 'demo-kasvisruokapaiva',
  'KAJDno-2026-1388': 'demo-uimahalli',
  'KAJDno-2025-0811': 'demo-tontit',
  'KAJDno-2026-1250': 'demo-pohjolankatu',
};

export const WRITTEN: readonly WrittenEntry[] = [...WRITTEN_FINNISH, ...WRITTEN_SWEDISH];

export interface CorpusKey {
  key: string;
  diaryNumber: string;
}

/** Every initiative in the corpus by key and diary number: the runner names results by the diary number. */
export function corpusKeys(): CorpusKey[] {
  const demo = DEMO_INITIATIVES.map(({ initiative }) => {
    const key = DEMO_KEYS[initiative.diaryNumber];
    if (!key) throw new Error(`the demo initiative ${initiative.diaryNumber} has no key in DEMO_KEYS`);
    return { key, diaryNumber: initiative.diaryNumber };
  });
  return [...demo, ...WRITTEN.map(({ key, diaryNumber }) => ({ key, diaryNumber }))];
}
