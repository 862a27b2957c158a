import { inWording } from '@aloite/domain';
/* eslint-disable @nx/enforce-module-boundaries -- the web app has no test project of its own; its messages are plain
   data that need no browser. */
import { en } from '../apps/web/src/i18n/en';
import { fi } from '../apps/web/src/i18n/fi';
import { sv } from '../apps/web/src/i18n/sv';
import { inMunicipalWording } from '../apps/web/src/i18n/wording';

// Domain § 9: a kunta has a kunnanhallitus and kunnanvaltuusto (kommunstyrelsen, kommunfullmäktige); its staff
// never read "kaupunginhallitus" in the web app.

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('the web app in a kunta’s wording', () => {
  it.each([
    ['fi', fi, /kaupungin(hallitu|valtuust)/i],
    ['sv', sv, /stads(styrelse|fullmäktige)/i],
    ['en', en, /city (board|council)/i],
  ])('names no city body in %s', (_, messages, cityWords) => {
    expect(texts(messages).some((text) => cityWords.test(text))).toBe(true);
    expect(texts(inMunicipalWording(messages, 'kunta')).filter((text) => cityWords.test(text))).toEqual([]);
  });

  it('words each case form, capitals kept, and texts made by functions too', () => {
    expect(inMunicipalWording(fi, 'kunta').events.REFER_TO_BOARD).toBe(
      'Lähetä kunnanhallituksen valmisteltavaksi',
    );
    expect(inMunicipalWording(fi, 'kunta').states.boardPreparation).toBe('Kunnanhallituksen valmistelussa');
    expect(inMunicipalWording(sv, 'kunta').events.RECORD_BOARD_DECISION).toBe(
      'Registrera kommunstyrelsens beslut',
    );
    expect(inMunicipalWording(en, 'kunta').states.boardPreparation).toBe(
      'In preparation at the municipal board',
    );
    expect(inWording('kaupunginvaltuustolle ja Kaupunginhallitukselle', 'kunta')).toBe(
      'kunnanvaltuustolle ja Kunnanhallitukselle',
    );
    const made = inMunicipalWording({ say: (n: number) => `${n} kaupunginhallituksen päätöstä` }, 'kunta');
    expect(made.say(2)).toBe('2 kunnanhallituksen päätöstä');
  });

  it('leaves a city’s texts as they are', () => {
    expect(inMunicipalWording(fi, 'kaupunki')).toBe(fi);
  });
});
