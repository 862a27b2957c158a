import type { Wording } from './rule-packs';

/**
 * Domain § 9: the product's own texts name a city's bodies (kaupunginhallitus, stadsstyrelsen, the city board); in a
 * kunta's wording they are kunnanhallitus, kommunstyrelsen, the municipal board. Stems, so every case form follows.
 */
export function inWording(text: string, wording: Wording): string {
  if (wording === 'kaupunki') return text;
  return text
    .replace(/([Kk])aupungin(hallitu|valtuust)/g, '$1unnan$2')
    .replace(
      /([Ss])tads(styrelse|fullmäktige)/g,
      (_, s: string, body: string) => `${s === 'S' ? 'K' : 'k'}ommun${body}`,
    )
    .replace(
      /\b([Cc])ity (board|council)/g,
      (_, c: string, body: string) => `${c === 'C' ? 'M' : 'm'}unicipal ${body}`,
    );
}
