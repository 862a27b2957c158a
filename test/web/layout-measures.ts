import type { Locator, Page } from 'playwright-core';

// What a person sees, measured in the page: cut-off cells, words broken mid-word, where focus is, and the focus
// ring's contrast by WCAG 2.1's relative luminance (1.4.11: at least 3:1 against the colours next to it).

/** The cells of a table region that do not fit it, or whose text is cut off inside them. */
export function clippedCells(region: Locator): Promise<string[]> {
  return region.evaluate((scroller) => {
    const box = scroller.getBoundingClientRect();
    const clipped: string[] = [];
    if (scroller.scrollWidth > scroller.clientWidth)
      clipped.push(`the table scrolls: ${scroller.scrollWidth} px`);
    for (const cell of Array.from(scroller.querySelectorAll('th, td'))) {
      const rect = cell.getBoundingClientRect();
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || cell.scrollWidth > cell.clientWidth)
        clipped.push(cell.textContent ?? '');
    }
    return clipped;
  });
}

/**
 * Words of the links in tables that a line break cuts in two although the word alone would fit the width the
 * table has on the screen. A break after a hyphen is a break between words.
 */
export function wordsBrokenMidWord(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((linkSelector) => {
    const broken: string[] = [];
    for (const link of Array.from(document.querySelectorAll(linkSelector))) {
      const available = (link.closest('.table-scroll') ?? document.documentElement).clientWidth;
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      const letters: { char: string; top: number; width: number }[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let index = 0; index < text.length; index++) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getClientRects()[0] as DOMRect | undefined;
          // A space at the end of a line may have no box; it still ends a word.
          letters.push({ char: text[index], top: Math.round(rect?.top ?? NaN), width: rect?.width ?? 0 });
        }
      }
      let word: typeof letters = [];
      const endWord = () => {
        const cut = word.some(
          (letter, index) =>
            index > 0 && letter.top !== word[index - 1].top && !/[-‐\u00ad]/.test(word[index - 1].char),
        );
        const width = word.reduce((sum, letter) => sum + letter.width, 0);
        if (cut && width <= available) broken.push(word.map((letter) => letter.char).join(''));
        word = [];
      };
      for (const letter of letters) {
        if (/\s/.test(letter.char)) endWord();
        else word.push(letter);
      }
      endWord();
    }
    return broken;
  }, selector);
}

/** The text of the focused element once it is the page's heading (h1), or what is focused instead. */
export async function focusedHeading(page: Page): Promise<string> {
  await page
    .waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 5_000 })
    .catch(() => undefined);
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.tagName === 'H1'
      ? (active.textContent ?? '')
      : `not a heading: <${active?.tagName.toLowerCase()}> ${active?.textContent?.slice(0, 60) ?? ''}`;
  });
}

/** The text of the alert that has focus, itself or as what focus was moved to, or what is focused instead. */
export function focusedAlert(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const alert =
      active && active !== document.body
        ? (active.closest('.fi-inline-alert') ?? active.querySelector('.fi-inline-alert'))
        : null;
    return alert
      ? (alert.textContent ?? '')
      : `no alert: <${active?.tagName.toLowerCase()}> ${active?.textContent?.slice(0, 60) ?? ''}`;
  });
}

export interface RingContrast {
  /** The focused element, by tag and text. */
  element: string;
  /** The ring's colours (a ring may be two: light inside, dark outside), none when focus shows no ring at all. */
  ring: string[];
  /** Each background next to the ring (behind the element, and the element's own), with the best ratio. */
  against: { background: string; ratio: number }[];
}

/**
 * The focus ring of the focused element and its contrast with what it borders: the background behind the element
 * and the element's own fill (a button's colour), each by the ring's colour that stands out most against it (a
 * light inner ring shows on a dark button, a dark outer one on a light page). The ring is the element's outline, a
 * solid box shadow (Suomi.fi's `0 0 0 2px`) or such a shadow or outline on its `::after`/`::before`, on the element,
 * an ancestor that draws it for the focus within, or the next sibling (Suomi.fi's radio buttons).
 */
export function focusRingContrast(page: Page): Promise<RingContrast> {
  return page.evaluate(() => {
    const parse = (colour: string): [number, number, number, number] | null => {
      const match = /rgba?\(([^)]+)\)/.exec(colour);
      if (!match) return null;
      const [r, g, b, a = 1] = match[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r, g, b, a];
    };
    const opaque = (colour: string) => {
      const parsed = parse(colour);
      return parsed !== null && parsed[3] > 0;
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const over = (top: number[], below: number[]) =>
      top.slice(0, 3).map((c, i) => c * top[3] + below[i] * (1 - top[3]));
    const ratio = (one: number[], other: number[]) => {
      const [light, dark] = [luminance(one), luminance(other)].sort((x, y) => y - x);
      return (light + 0.05) / (dark + 0.05);
    };
    // The solid rings of a box-shadow list, split at the commas between shadows (not those inside rgb()).
    const solidShadows = (shadow: string): string[] =>
      shadow.split(/,(?![^(]*\))/).flatMap((part) => {
        const colour = /rgba?\([^)]+\)/.exec(part)?.[0];
        const [, , blur = 0, spread = 0] = part
          .replace(/rgba?\([^)]+\)/, '')
          .trim()
          .split(/\s+/)
          .map(parseFloat);
        return colour && opaque(colour) && !part.includes('inset') && blur === 0 && spread > 0
          ? [colour]
          : [];
      });
    const ringOf = (element: Element): string[] => {
      for (const pseudo of [null, '::after', '::before']) {
        const style = getComputedStyle(element, pseudo);
        if (pseudo && style.content === 'none') continue;
        const outline =
          style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && opaque(style.outlineColor)
            ? [style.outlineColor]
            : [];
        const ring = [...solidShadows(style.boxShadow), ...outline];
        if (ring.length > 0) return ring;
      }
      return [];
    };
    const backgroundBehind = (element: Element): number[] => {
      for (let at = element.parentElement; at; at = at.parentElement) {
        const colour = parse(getComputedStyle(at).backgroundColor);
        if (colour && colour[3] > 0) return colour.slice(0, 3);
      }
      return [255, 255, 255];
    };

    const focused = document.activeElement as HTMLElement;
    const candidates = [focused];
    for (let at = focused.parentElement, depth = 0; at && depth < 3; at = at.parentElement, depth++)
      candidates.push(at);
    if (focused.nextElementSibling) candidates.push(focused.nextElementSibling as HTMLElement);
    const ring = candidates.map(ringOf).find((found) => found.length > 0) ?? [];
    const behind = backgroundBehind(focused);
    const style = getComputedStyle(focused);
    const fills = [style.backgroundColor, ...(style.backgroundImage.match(/rgba?\([^)]+\)/g) ?? [])]
      .map(parse)
      .filter((colour): colour is [number, number, number, number] => colour !== null && colour[3] > 0)
      .map((colour) => over(colour, behind));
    const ringColours = ring.map((colour) => parse(colour) as number[]);
    return {
      element: `<${focused.tagName.toLowerCase()}> ${(focused.textContent ?? focused.getAttribute('aria-label') ?? '').trim().slice(0, 40)}`,
      ring,
      against: [behind, ...fills].map((background) => ({
        background: `rgb(${background.map(Math.round).join(', ')})`,
        ratio: Math.max(
          0,
          ...ringColours.map((colour) => Math.round(ratio(over(colour, background), background) * 100) / 100),
        ),
      })),
    };
  });
}
