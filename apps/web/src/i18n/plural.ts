import type { Language as DocumentLanguage } from '@aloite/domain/vocabulary';

/** The count and its noun in the form the language's plural rules ask for: 1 aloite, 2 aloitetta; 1 motion, 2 motioner. */
export function counted(
  language: DocumentLanguage | 'en',
  count: number,
  one: string,
  other: string,
): string {
  return `${count} ${new Intl.PluralRules(language).select(count) === 'one' ? one : other}`;
}

/** Which of two sentences the count takes (the count is in them where they need it). */
export function byCount<T>(language: DocumentLanguage | 'en', count: number, one: T, other: T): T {
  return new Intl.PluralRules(language).select(count) === 'one' ? one : other;
}
