/** The years an annual list can be asked for: from well before any initiative kept here to far beyond any plan. */
export const LIST_YEARS = { min: 1990, max: 2200 } as const;

/** The annual list's year as typed ("2027"), or null when it is not a whole year in `LIST_YEARS`. */
export function listYearOf(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= LIST_YEARS.min && year <= LIST_YEARS.max ? year : null;
}
