import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After each in-app navigation focus moves to the new page's heading, so that a screen reader starts reading the
 * page there and the next Tab continues from it (WCAG 2.4.3). A page that loads its data shows its heading later:
 * focus goes to it when it appears, unless the user has already moved into the page. The first page shown keeps
 * the browser's own start, where the skip link is the first Tab stop.
 */
export function useHeadingFocus(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const lastPath = useRef<string | null>(null);
  useEffect(() => {
    const previous = lastPath.current;
    lastPath.current = pathname;
    const container = main.current;
    if (previous === null || previous === pathname || !container) return;
    // While the next page's code loads, the last page stays in the DOM, hidden: neither its heading nor its
    // focused link counts.
    const visible = (element: Element) => element.getClientRects().length > 0;
    const focusHeading = (): boolean => {
      const heading = Array.from(container.querySelectorAll('h1')).find(visible);
      if (!heading) return false;
      const active = document.activeElement;
      if (!(active && active !== container && container.contains(active) && visible(active))) {
        heading.tabIndex = -1;
        heading.focus();
      }
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(container, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style'],
    });
    return () => observer.disconnect();
  }, [pathname, main]);
}
