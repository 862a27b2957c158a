import { AGENDA_EVENTS, DECISION_TYPES, type AgendaEvent, type DecisionType } from '@aloite/domain';
import {
  BooleanField,
  DateField,
  EnumField,
  IntField,
  NestedArrayField,
  NestedField,
  TextArrayField,
  TextField,
  TimeField,
  UuidArrayField,
} from '../validation/fields';
import { PreparerDto } from '../initiatives/meeting.dto';

const LONG_TEXT = 100_000;
/** A body meets at most a few times a week: a year's calendar, with room to spare. */
export const MEETINGS_PER_CALENDAR = 200;
/** One board or council item may answer many initiatives at once (yhteiskäsittely). */
export const INITIATIVES_PER_ITEM = 50;

export class PlannedMeetingDto {
  @DateField({ example: '2026-05-20' }) date!: string;
  @TimeField() startTime!: string;
  @TextField(200, { optional: true, example: 'Kokoustila Kekkonen' }) place?: string;
}

export class PlanMeetingsDto {
  @NestedArrayField(() => PlannedMeetingDto, MEETINGS_PER_CALENDAR, {
    description: 'One meeting, or a year’s calendar at once: all of them are planned, or none',
  })
  meetings!: PlannedMeetingDto[];
}

export const MEETING_STATUS_CHANGES = ['agendaPublished', 'held', 'cancelled'] as const;

export class ChangeMeetingDto {
  @DateField({ optional: true, description: 'Moves a planned meeting' }) date?: string;
  @TimeField({ optional: true }) startTime?: string;
  @TextField(200, { optional: true }) place?: string;
  @EnumField(MEETING_STATUS_CHANGES, {
    optional: true,
    description: 'agendaPublished publishes the agenda, held marks the meeting held, cancelled cancels it',
  })
  status?: (typeof MEETING_STATUS_CHANGES)[number];
}

export class PresenterDto {
  @TextField(200, { example: 'Milla Tikkanen' }) name!: string;
  @TextField(200, { optional: true, example: 'Työllisyys- ja kansainvälisyyspäällikkö' }) title?: string;
}

export class AgendaItemDto {
  @IntField(1, 100_000, {
    optional: true,
    description: 'The §; the next free § of the body’s year when left out',
  })
  section?: number;
  @UuidArrayField(INITIATIVES_PER_ITEM, {
    description: 'The initiatives the item handles (several: joint handling)',
  })
  initiativeIds!: string[];
  @TextField(500, { optional: true, description: 'The first initiative’s title when left out' })
  title?: string;
  @NestedArrayField(() => PreparerDto, 20) preparers!: PreparerDto[];
  @NestedField(() => PresenterDto, { optional: true }) presenter?: PresenterDto;
  @TextField(LONG_TEXT) proposal!: string;
  @TextField(LONG_TEXT, { optional: true, description: 'The statement (vastine) the proposal adopts' })
  responseText?: string;
  @BooleanField({
    optional: true,
    description: 'The board proposes to answer directly (where the rules allow)',
  })
  answerDirectly?: boolean;
  @EnumField(AGENDA_EVENTS, {
    optional: true,
    description: 'What the decision records; from the body and state when left out',
  })
  event?: AgendaEvent;
}

export class EditAgendaItemDto {
  @TextField(500, { optional: true }) title?: string;
  @NestedArrayField(() => PreparerDto, 20, { optional: true }) preparers?: PreparerDto[];
  @NestedField(() => PresenterDto, { optional: true }) presenter?: PresenterDto;
  @TextField(LONG_TEXT, { optional: true }) proposal?: string;
  @TextField(LONG_TEXT, { optional: true }) responseText?: string;
  @BooleanField({ optional: true }) answerDirectly?: boolean;
  @TextField(2_000, { optional: true, description: 'Required once the agenda is published: a correction' })
  reason?: string;
}

export class AgendaDecisionDto {
  @DateField({ optional: true, description: 'The meeting’s date when left out' }) date?: string;
  @EnumField(DECISION_TYPES, { description: 'How the meeting decided' }) decisionType!: DecisionType;
  @TextField(LONG_TEXT, {
    optional: true,
    description: 'The proposal, when decided as proposed and left out',
  })
  decision?: string;
  @TextArrayField(50, 10_000, { optional: true, description: 'The council’s resolutions (toivomusponnet)' })
  resolutions?: string[];
  @TextField(LONG_TEXT, {
    optional: true,
    description: 'The statement as decided, where the meeting changed it',
  })
  responseText?: string;
}

export class MinutesCheckedDto {
  @DateField({ description: 'The day the minutes were checked' }) date!: string;
}
