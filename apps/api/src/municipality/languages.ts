import { LANGUAGES, type Language, type ReaderLanguage } from '@aloite/domain';
import { invalid } from '../http/app-error';
import { EnumField } from '../validation/fields';

/** A municipality is Finnish, Swedish, or bilingual with a majority language (issue 17). */
export interface MunicipalityLanguages {
  language: Language;
  secondLanguage: Language | null;
}

export const DOCUMENT_LANGUAGES = [...LANGUAGES, 'both'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export class LanguageQueryDto {
  @EnumField(LANGUAGES, {
    optional: true,
    description: 'fi or sv, one the municipality uses; its majority language by default',
  })
  language?: Language;
}

export class DocumentLanguageQueryDto {
  @EnumField(DOCUMENT_LANGUAGES, {
    optional: true,
    description:
      'fi or sv, one the municipality uses, or both (a bilingual municipality: the majority language first); ' +
      'the majority language by default',
  })
  language?: DocumentLanguage;
}

function spoken({ language, secondLanguage }: MunicipalityLanguages): Language[] {
  return secondLanguage && secondLanguage !== language ? [language, secondLanguage] : [language];
}

/** The languages a document is written in, majority first; a language the municipality does not use is refused. */
export function documentLanguages(
  municipality: MunicipalityLanguages,
  asked: DocumentLanguage | undefined,
): Language[] {
  const languages = spoken(municipality);
  if (asked === undefined) return [municipality.language];
  if (asked === 'both') {
    if (languages.length < 2) {
      throw invalid(
        'language',
        `both is for a bilingual municipality; this one uses ${municipality.language} only`,
        'municipalityLanguage',
      );
    }
    return languages;
  }
  if (!languages.includes(asked)) {
    throw invalid(
      'language',
      `this municipality does not use ${asked}; it uses ${languages.join(' and ')}`,
      'municipalityLanguage',
    );
  }
  return [asked];
}

/** One language: the one asked for, where the municipality uses it, or its majority language. */
export function documentLanguage(municipality: MunicipalityLanguages, asked: Language | undefined): Language {
  return documentLanguages(municipality, asked)[0] ?? municipality.language;
}

/** A body's name in the language: the Swedish one where it is set, else the Finnish (issue 17; English too). */
export function bodyNameIn(
  bodies: readonly { id: string; name: string; nameSv: string | null }[],
  language: ReaderLanguage,
): (bodyId: string) => string {
  return (bodyId) => {
    const body = bodies.find(({ id }) => id === bodyId);
    if (!body) return bodyId;
    return language === 'sv' ? (body.nameSv ?? body.name) : body.name;
  };
}
