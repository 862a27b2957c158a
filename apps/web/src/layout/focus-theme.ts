import { defaultSuomifiTheme, type PartialSuomifiTheme } from 'suomifi-ui-components';

// Suomi.fi's components draw their focus ring in their own colour, which has 1.6:1 on their blue buttons and
// 2.9:1 on pale blue; they draw it in the page's (`--focus` in styles.css). Around a button the ring is two: white
// inside, which stands out on the button's blue, and the dark one outside, which stands out on the light page.
const SUOMIFI_RING = `0 0 0 2px ${defaultSuomifiTheme.colors.accentSecondary}`;
const FOCUS = 'var(--focus)';
const { focuses } = defaultSuomifiTheme;

export const FOCUS_THEME: PartialSuomifiTheme = {
  colors: { accentSecondary: FOCUS },
  focuses: {
    absoluteFocus: focuses.absoluteFocus.replaceAll(SUOMIFI_RING, `0 0 0 2px #fff, 0 0 0 4px ${FOCUS}`),
    boxShadowFocus: focuses.boxShadowFocus.replaceAll(SUOMIFI_RING, `0 0 0 2px ${FOCUS}`),
  },
};
