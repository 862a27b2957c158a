import type { Language } from '@aloite/domain';
import { RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import type { Municipality } from '../api/types';
import type { Messages } from '../i18n/fi';
import { useI18n } from '../i18n/i18n';

/** A document in one language or, for a bilingual municipality, in both (the majority language first). */
export type DocumentLanguage = Language | 'both';

/** The municipality's languages, the majority one first: two for a bilingual municipality. */
export function municipalityLanguages({ language, secondLanguage }: Municipality): Language[] {
  return secondLanguage && secondLanguage !== language ? [language, secondLanguage] : [language];
}

export function languageName(m: Messages, language: DocumentLanguage): string {
  return language === 'both' ? m.languages.both : m.languages.names[language];
}

/** Finnish or Swedish (or both), as radio buttons: a bilingual municipality's clerk chooses. */
export function LanguageChoice<Choice extends DocumentLanguage>({
  id,
  label,
  hint,
  options,
  value,
  onChange,
  status,
  statusText,
}: {
  id: string;
  label: string;
  hint?: string;
  options: readonly Choice[];
  value: Choice;
  onChange: (value: Choice) => void;
  status?: 'default' | 'error';
  statusText?: string;
}) {
  const { m } = useI18n();
  return (
    <RadioButtonGroup
      id={id}
      name={id}
      labelText={label}
      groupHintText={hint}
      groupStatus={status}
      groupStatusText={statusText}
      value={value}
      onChange={(chosen) => onChange(options.find((option) => option === chosen) ?? value)}
      mb="m"
    >
      {options.map((option) => (
        <RadioButton key={option} value={option}>
          {languageName(m, option)}
        </RadioButton>
      ))}
    </RadioButtonGroup>
  );
}
