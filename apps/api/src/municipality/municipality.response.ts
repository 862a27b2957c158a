import {
  LANGUAGES,
  WORDINGS,
  type Language,
  type Permissions,
  type RulePackId,
  type Wording,
} from '@aloite/domain';
import { Day, Id, Json, Nested, OneOf, RulePack, Text } from '../http/response-fields';

/** The council’s standard referral to the board (domain § 1), as the minutes write it where a referral records none. */
export class ReferralTextsResponse {
  @Text({ description: 'The proposal' }) proposal!: string;
  @Text({ description: 'The decision' }) decision!: string;
}

export class MunicipalityResponse {
  @Id() id!: string;
  @Text() name!: string;
  @RulePack({ description: 'The template of the rules in force today' }) rulePack!: RulePackId;
  @Day({ description: 'The day the rules in force today started' }) rulePackValidFrom!: string;
  @Text({ description: 'Prefix of generated diary numbers' }) diaryPrefix!: string;
  @OneOf(LANGUAGES, { enumName: 'Language', description: 'The majority language' }) language!: Language;
  @OneOf(LANGUAGES, {
    enumName: 'Language',
    nullable: true,
    description: 'A bilingual municipality’s other language',
  })
  secondLanguage!: Language | null;
  @OneOf(WORDINGS, {
    enumName: 'Wording',
    description: 'City (kaupunki) or municipality (kunta) wording, in force today',
  })
  wording!: Wording;
  @Json({ description: 'Who may take each lifecycle action under the rules in force today' })
  permissions!: Permissions;
  @Nested(() => ReferralTextsResponse, {
    description:
      'The standard referral sentence of the rules in force today, in the majority language: what the web app proposes for a referral',
  })
  referral!: ReferralTextsResponse;
}
