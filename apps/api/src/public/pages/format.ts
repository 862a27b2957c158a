import { finnishDate, type IsoDate, type ReaderLanguage } from '@aloite/domain';
import { invalid } from '../../http/app-error';

export const date = (day: IsoDate): string => finnishDate(day);

/** Where a matter was handled, as minutes cite it: Kaupunginvaltuusto 31.3.2026 § 30. */
export const sitting = (body: string, day: IsoDate, section: number): string =>
  `${body} ${date(day)} § ${section}`;

/** One line of text from its parts, as a sentence reads: what is missing is left out. */
export const line = (...parts: (string | null | false | undefined)[]): string =>
  parts.filter(Boolean).join(' ');

const UNITS = { fi: ['t', 'kt', 'Mt'], sv: ['B', 'kB', 'MB'], en: ['B', 'kB', 'MB'] } as const;

/** A document's size as people read it: 12 kt, 1,4 Mt (a decimal comma in Finnish and Swedish). */
export function fileSize(bytes: number, lang: ReaderLanguage): string {
  const [b, kb, mb] = UNITS[lang];
  const [value, unit] =
    bytes < 1000 ? [bytes, b] : bytes < 1_000_000 ? [bytes / 1000, kb] : [bytes / 1_000_000, mb];
  const rounded = value < 10 && unit !== b ? value.toFixed(1) : String(Math.round(value));
  return `${lang === 'en' ? rounded : rounded.replace('.', ',')} ${unit}`;
}

/** A document's type by its name's ending, as a reader knows it (PDF), else its media type. */
export function fileType(fileName: string, contentType: string): string {
  const ending = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1];
  return ending ? ending.toUpperCase() : contentType;
}

/** One query parameter as a single text: a repeated one names nothing a form sends. */
export function queryText(query: Record<string, unknown>, name: string, maxLength: number): string | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw invalid(name, 'must be given once', 'text');
  if (value.length > maxLength) throw invalid(name, `must be at most ${maxLength} characters`, 'maxLength');
  return value;
}

/** A year of the address (`?year=`, `/annual-lists/{year}`): four digits within the years kept. */
export function yearOf(text: string | null, field = 'year'): number | null {
  if (text === null) return null;
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= 1900 && year <= 2200)) throw invalid(field, 'must be a year from 1900 to 2200', 'year');
  return year;
}

/** Paragraphs of a stored text: a blank line separates them. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
