import { finnishDate, type Wording } from '@aloite/domain/vocabulary';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { fi, type Messages } from './fi';
import { sv } from './sv';
import { inMunicipalWording } from './wording';

export const LANGUAGES = { fi, sv, en } as const;
export type Language = keyof typeof LANGUAGES;

const STORAGE_KEY = 'aloite.language';

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  m: Messages;
  /** The signed-in user's municipality says kunnanhallitus, not kaupunginhallitus (domain § 9). */
  setWording: (wording: Wording) => void;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'sv' || stored === 'en' ? stored : 'fi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const [wording, setWording] = useState<Wording>('kaupunki');
  const value = useMemo<I18n>(
    () => ({
      language,
      m: inMunicipalWording(LANGUAGES[language], wording),
      setLanguage: (next) => {
        localStorage.setItem(STORAGE_KEY, next);
        setLanguageState(next);
      },
      setWording,
    }),
    [language, wording],
  );
  // Screen readers pronounce the page in the language it is shown in.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/** Dates as Finnish public administration writes them in every language: 20.5.2026. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? finnishDate(iso.slice(0, 10)) : iso;
}

/**
 * A moment in Helsinki time as the clerk's language writes it, the way its meeting times are written: "20.5.2026 klo
 * 18.00", in Swedish "20.5.2026 kl. 18.00" (as Finland's Swedish-speaking municipalities write it), never "klo".
 */
export function formatInstant(iso: string, m: Messages): string {
  const instant = new Date(iso);
  const helsinki = { timeZone: 'Europe/Helsinki' } as const;
  const day = new Intl.DateTimeFormat('fi-FI', {
    ...helsinki,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat('en-GB', {
    ...helsinki,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${day.format(instant)} ${m.meetings.at(time.format(instant))}`;
}

/** 20.5.2026 → 2026-05-20; anything else is sent as typed, so the API names the field it cannot read. */
export function toIsoDate(finnish: string): string {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(finnish);
  if (!match) return finnish.trim();
  return `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}
