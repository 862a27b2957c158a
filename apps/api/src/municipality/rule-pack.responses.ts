import type {
  AnswerChannel,
  DeadlineRuleKind,
  FinancialEffectScope,
  InitiativeKind,
  LapseReferenceDate,
  Permissions,
  RulePackId,
  Wording,
} from '@aloite/domain';
import {
  ANSWER_CHANNELS,
  DEADLINE_RULE_KINDS,
  FINANCIAL_EFFECTS,
  INITIATIVE_KINDS,
  LAPSE_REFERENCE_DATES,
  WORDINGS,
} from '@aloite/domain';
import {
  Day,
  Flag,
  Id,
  Instant,
  Int,
  Json,
  Nested,
  OneOf,
  RulePack,
  Text,
  Texts,
} from '../http/response-fields';

export class BilingualResponse {
  @Text() fi!: string;
  @Text() sv!: string;
}

export class InitiativeScopeResponse {
  @Int() minSignatories!: number;
  @Int({ nullable: true, description: 'Null: no upper bound' }) maxSignatories!: number | null;
  @OneOf(FINANCIAL_EFFECTS, { enumName: 'FinancialEffectScope' }) financialEffect!: FinancialEffectScope;
  @OneOf(INITIATIVE_KINDS, { enumName: 'InitiativeKind', isArray: true }) kinds!: readonly InitiativeKind[];
  @Int({ nullable: true, description: 'The hallintosääntö § of the rule' }) section!: number | null;
}

export class DeadlineRuleResponse extends InitiativeScopeResponse {
  @OneOf(DEADLINE_RULE_KINDS, { enumName: 'DeadlineRuleKind' }) kind!: DeadlineRuleKind;
  @Int() months!: number;
}

export class LapseRuleResponse {
  @Int() years!: number;
  @OneOf(LAPSE_REFERENCE_DATES, { enumName: 'LapseReferenceDate' }) measuredAt!: LapseReferenceDate;
  @Int({ nullable: true }) section!: number | null;
}

export class AnnualListRuleResponse {
  @Int() dueMonth!: number;
  @Int() dueDay!: number;
  @Int({ nullable: true }) section!: number | null;
}

export class DiaryNumberRuleResponse {
  @Text() defaultPrefix!: string;
  @Text({ description: 'Tokens {prefix}, {year}, {seq}, {seq:N} (zero-padded to N digits)' })
  template!: string;
}

export class AcknowledgementRuleResponse {
  @Int() days!: number;
  @Int({ nullable: true }) section!: number | null;
}

/** One version of a municipality's rules: what an administrator sends and what the API stores (issue 17). */
export class RulePackResponse {
  @RulePack() template!: RulePackId;
  @Day({ description: 'In force for initiatives filed from this day until the next version' })
  validFrom!: string;
  @OneOf(WORDINGS, { enumName: 'Wording' }) wording!: Wording;
  @Nested(() => BilingualResponse) municipality!: BilingualResponse;
  @Nested(() => BilingualResponse) council!: BilingualResponse;
  @Nested(() => BilingualResponse) board!: BilingualResponse;
  @Nested(() => BilingualResponse, { description: 'The hallintosääntö as cited' })
  governingRules!: BilingualResponse;
  @Int({ nullable: true }) referralSection!: number | null;
  @Nested(() => AnnualListRuleResponse) annualList!: AnnualListRuleResponse;
  @Nested(() => DiaryNumberRuleResponse) diaryNumber!: DiaryNumberRuleResponse;
  @Nested(() => InitiativeScopeResponse, { isArray: true }) directAnswer!: readonly InitiativeScopeResponse[];
  @Nested(() => DeadlineRuleResponse, { isArray: true }) deadlines!: readonly DeadlineRuleResponse[];
  @Nested(() => LapseRuleResponse, { nullable: true }) lapse!: LapseRuleResponse | null;
  @Nested(() => AcknowledgementRuleResponse, { nullable: true })
  acknowledgement!: AcknowledgementRuleResponse | null;
  @Json({ description: 'Per action (FILE_INITIATIVE and each event), the roles that may take it' })
  permissions!: Permissions;
}

export class RulePackVersionResponse {
  @Id() id!: string;
  @Nested(() => RulePackResponse) rules!: RulePackResponse;
  @Text({ nullable: true, description: 'The administrator who added it; null for the first version' })
  createdBy!: string | null;
  @Instant() createdAt!: string;
}

export class RulePackTemplateResponse {
  @RulePack() id!: RulePackId;
  @Nested(() => RulePackResponse) rules!: RulePackResponse;
}

export class DeadlineOfFilingResponse {
  @OneOf(DEADLINE_RULE_KINDS, { enumName: 'DeadlineRuleKind' }) kind!: DeadlineRuleKind;
  @Day() dueDate!: string;
  @Text() rule!: string;
}

export class DeadlinesChangeResponse {
  @Nested(() => DeadlineOfFilingResponse, { isArray: true }) before!: DeadlineOfFilingResponse[];
  @Nested(() => DeadlineOfFilingResponse, { isArray: true }) after!: DeadlineOfFilingResponse[];
}

export class ChannelChangeResponse {
  @OneOf(ANSWER_CHANNELS, { enumName: 'AnswerChannel' }) before!: AnswerChannel;
  @OneOf(ANSWER_CHANNELS, { enumName: 'AnswerChannel' }) after!: AnswerChannel;
}

export class LapseChangeResponse {
  @Int() listYear!: number;
  @Flag() before!: boolean;
  @Flag() after!: boolean;
}

export class InitiativeRuleChangeResponse {
  @Id() initiativeId!: string;
  @Text() diaryNumber!: string;
  @Text() title!: string;
  @Nested(() => DeadlinesChangeResponse, { nullable: true }) deadlines!: DeadlinesChangeResponse | null;
  @Nested(() => ChannelChangeResponse, { nullable: true }) channel!: ChannelChangeResponse | null;
  @Nested(() => LapseChangeResponse, { nullable: true }) lapse!: LapseChangeResponse | null;
}

/** What saving the version would change: the open initiatives it would judge whose rules come out differently. */
export class RulePackPreviewResponse {
  @Nested(() => RulePackResponse) rules!: RulePackResponse;
  @Int({
    description: 'Open initiatives the version would judge (filed from its start until the next version)',
  })
  judged!: number;
  @Nested(() => InitiativeRuleChangeResponse, { isArray: true }) changes!: InitiativeRuleChangeResponse[];
  @Texts({
    description:
      'Initiatives (diary numbers) whose recorded handling the version would contradict: saving is refused',
  })
  contradicted!: string[];
}
