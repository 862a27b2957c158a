/** What a new username may be made of: ASCII only, so that no two spellings of one name can both be taken. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,100}$/;

/**
 * The one form of a username that names an account: the sign-in lookup, the sign-in throttle and the uniqueness
 * index all use it, computed here and stored, never by PostgreSQL's `lower()` (which lower-cases `İ` and others
 * differently from JavaScript). Compatibility-decomposed and stripped of accents before lower-casing, so `İ`, `I`
 * and `i` (and the Kelvin sign and `k`) are one name, and any spelling that reaches an account shares its throttle.
 */
export function usernameKey(username: string): string {
  return username.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The one form of an e-mail that names an account as a sign-in name: compared case-insensitively, unique within
 * its municipality. A sign-in name with an `@` is an e-mail: a username cannot have one.
 */
export function emailKey(email: string): string {
  return email.normalize('NFKC').toLowerCase();
}

/** A municipality's address name: lower-case letters a–z, digits and single dashes between them. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A municipality's address name made from its name: `Pedersören kunta` → `pedersoren-kunta`. */
export function municipalitySlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return slug || 'kunta';
}
