/**
 * OWASP's CSV injection advice: a cell beginning with = + - @ tab or CR is a formula to a spreadsheet, so it gets a
 * leading apostrophe. Text columns only: "-30 % päästöistä" is text and is prefixed like the rest.
 */
export function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Semicolon-separated with a byte-order mark: Excel in a Finnish locale opens it as columns, with ä and ö intact.
 * Every cell is quoted and made inert, so a number column must be given as digits it cannot mistake.
 */
export function csvFile(rows: readonly (readonly string[])[]): Buffer {
  const cell = (value: string) => `"${inertCell(value).replace(/"/g, '""')}"`;
  const text = rows.map((row) => row.map(cell).join(';'));
  return Buffer.from(`\uFEFF${text.join('\r\n')}\r\n`, 'utf8');
}
