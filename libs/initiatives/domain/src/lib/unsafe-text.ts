/**
 * What XML 1.0 cannot carry, so a text holding it would break every DOCX it reaches (and the log that keeps it is
 * append-only): C0 controls but tab, LF and CR, U+FFFE and U+FFFF, and unpaired UTF-16 surrogates. NUL and the
 * surrogates are what jsonb and text columns refuse as well. The one definition: validators refuse these, file
 * names (chosen by a browser, not a clerk) have them removed.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ALL_UNSAFE = new RegExp(UNSAFE, 'g');

export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

export function withoutUnsafeCharacters(text: string): string {
  return text.replace(ALL_UNSAFE, '');
}
