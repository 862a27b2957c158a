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
