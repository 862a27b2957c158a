import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 767px)';

/** Suomi.fi components take a smallScreen variant below the tablet breakpoint. */
export function useSmallScreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(QUERY);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => window.matchMedia(QUERY).matches,
  );
}
