import { LanguageMenu, LanguageMenuItem } from 'suomifi-ui-components';
import { LANGUAGES, useI18n, type Language } from '../i18n/i18n';

export function LanguageSwitch() {
  const { m, language, setLanguage } = useI18n();
  return (
    <LanguageMenu buttonText={language.toUpperCase()} aria-label={m.app.chooseLanguage}>
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
