import { LanguageMenu, LanguageMenuItem } from 'suomifi-ui-components';
import { LANGUAGES, useI18n, type Language } from '../i18n/i18n';

export function LanguageSwitch() {
  const { m, language, setLanguage } = useI18n();
  const current = `${m.app.languageName} (${language.toUpperCase()})`;
  return (
    // The accessible name begins with the visible text (WCAG 2.5.3, label in name).
    <LanguageMenu buttonText={current} aria-label={`${current} – ${m.app.chooseLanguage}`}>
      {(Object.keys(LANGUAGES) as Language[]).map((code) => (
        <LanguageMenuItem
          key={code}
          lang={code}
          selected={code === language}
          onSelect={() => setLanguage(code)}
        >
          {LANGUAGES[code].app.languageName}
        </LanguageMenuItem>
      ))}
    </LanguageMenu>
  );
}
