import { inWording, type Wording } from '@aloite/domain/vocabulary';

/** Every text of a message tree in the municipality's wording; texts made by functions are worded as they are made. */
export function inMunicipalWording<T>(messages: T, wording: Wording): T {
  if (wording === 'kaupunki') return messages;
  const worded = (value: unknown): unknown => {
    if (typeof value === 'string') return inWording(value, wording);
    if (typeof value === 'function')
      return (...args: unknown[]) => worded((value as (...args: unknown[]) => unknown)(...args));
    if (value && typeof value === 'object' && !Array.isArray(value))
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, worded(inner)]));
    if (Array.isArray(value)) return value.map(worded);
    return value;
  };
  return worded(messages) as T;
}
