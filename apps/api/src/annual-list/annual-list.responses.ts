import { LANGUAGES, type EventType, type InitiativeState, type Language } from '@aloite/domain';
import { Day, Event, Flag, Id, Ids, Int, Nested, OneOf, State, Text, Texts } from '../http/response-fields';
import type { AnnualList, AnnualListItem, AnnualListTranslation } from './annual-list.service';

export class AnnualListItemResponse implements AnnualListItem {
  @Id() id!: string;
  @Text() diaryNumber!: string;
  @Text() title!: string;
  @Day() submittedOn!: string;
  @Text({ nullable: true }) firstSigner!: string | null;
  @State() state!: InitiativeState;
  @Text({ description: 'Where the initiative stands, in the list’s language' }) stage!: string;
  @Texts({
    description:
      'What has been done so far, one line each, by date: handlings (with §), statement requests, referrals for measures, office holders’ written answers, waivers',
  })
  measures!: string[];
  @Flag({ description: 'Old enough to lapse at the list’s due date under the rule pack' })
  lapseEligible!: boolean;
  @Event({ isArray: true, description: 'What this user may do with it now' })
  allowedEvents!: EventType[];
}

export class AnnualListTranslationItemResponse {
  @Id() id!: string;
  @Text() stage!: string;
  @Texts() measures!: string[];
}

export class AnnualListTranslationResponse implements AnnualListTranslation {
  @OneOf(LANGUAGES, { enumName: 'Language' }) language!: Language;
  @Text() municipality!: string;
  @Text() rule!: string;
  @Text({ nullable: true }) lapseRule!: string | null;
  @Text() title!: string;
  @Text() proposal!: string;
  @Nested(() => AnnualListTranslationItemResponse, { isArray: true })
  items!: AnnualListTranslationItemResponse[];
}

export class AnnualListResponse implements AnnualList {
  @Int() year!: number;
  @OneOf(LANGUAGES, { enumName: 'Language', description: 'The language of the texts below' })
  language!: Language;
  @Text() municipality!: string;
  @Day({ description: '31.12. of the year before' }) cutoff!: string;
  @Day() dueDate!: string;
  @Text() rule!: string;
  @Text({ nullable: true }) lapseRule!: string | null;
  @Text() title!: string;
  @Text() proposal!: string;
  @Nested(() => AnnualListItemResponse, { isArray: true }) items!: AnnualListItemResponse[];
  @Nested(() => AnnualListTranslationResponse, {
    nullable: true,
    description: 'language=both: the list’s texts and stages in the other language',
  })
  translation!: AnnualListTranslationResponse | null;
}

export class AnnualListDecisionResponse {
  @Int() year!: number;
  @Ids({ description: 'Initiatives closed by the decision' }) closed!: string[];
  @Ids({ description: 'Initiatives declared lapsed by the decision' }) lapsed!: string[];
}
