import {
  BOARD_OUTCOMES,
  COUNCIL_OUTCOMES,
  type BoardOutcome,
  type CouncilOutcome,
  type DecisionType,
  type EventOf,
  type EventType,
} from '@aloite/domain';
import {
  BooleanField,
  DateField,
  EnumField,
  IntField,
  NestedArrayField,
  NestedField,
  TextArrayField,
  TextField,
  UuidField,
} from '../validation/fields';
import { MeetingDto, OfficeHolderDto, PreparerDto, decisionTypeField } from './meeting.dto';

// One DTO per event type. The map at the end is checked by the compiler against the domain's event union, so an
// event added to the domain without its DTO does not build.

const LONG_TEXT = 100_000;
const typeField = (type: EventType) => EnumField([type], { description: 'The event type', example: type });

export class ReferToBoardDto {
  @typeField('REFER_TO_BOARD') type!: 'REFER_TO_BOARD';
  @NestedField(() => MeetingDto, { description: 'The council meeting that referred the initiative' })
  meeting!: MeetingDto;
  @TextField(LONG_TEXT, { optional: true }) proposal?: string;
  @TextField(LONG_TEXT, { optional: true }) decision?: string;
  @decisionTypeField(true) decisionType?: DecisionType;
}

const bodyAsked = (what: string) =>
  UuidField({ optional: true, description: `The body ${what}; give this or \`officeHolder\`, not both` });
const officeHolderAsked = (what: string) =>
  NestedField(() => OfficeHolderDto, {
    optional: true,
    description: `The office holder (viranhaltija) ${what} instead of a body`,
  });

/** Whom a statement is asked from, by when, and who prepares it: one request, alone or among several. */
export class StatementRequestDto {
  @bodyAsked('asked (a committee or subcommittee)') bodyId?: string;
  @officeHolderAsked('asked') officeHolder?: OfficeHolderDto;
  @DateField() dueDate!: string;
  @NestedArrayField(() => PreparerDto, 20) preparers!: PreparerDto[];
}

export class RequestStatementDto extends StatementRequestDto {
  @typeField('REQUEST_STATEMENT') type!: 'REQUEST_STATEMENT';
  @DateField({ optional: true, description: 'When the request was sent; today when left out' }) date?: string;
}

export class RecordStatementDto {
  @typeField('RECORD_STATEMENT') type!: 'RECORD_STATEMENT';
  @UuidField({ description: 'The body whose statement this is' }) bodyId!: string;
  @NestedField(() => MeetingDto) meeting!: MeetingDto;
  @NestedArrayField(() => PreparerDto, 20, { optional: true }) preparers?: PreparerDto[];
  @TextField(300) presenter!: string;
  @TextField(LONG_TEXT) proposal!: string;
  @TextField(LONG_TEXT) decision!: string;
  @decisionTypeField() decisionType!: DecisionType;
  @TextField(LONG_TEXT, { description: 'The response (vastine) sent to the board' }) responseText!: string;
}

export class RecordWrittenStatementDto {
  @typeField('RECORD_WRITTEN_STATEMENT') type!: 'RECORD_WRITTEN_STATEMENT';
  @NestedField(() => OfficeHolderDto, { description: 'The office holder asked, as in the request' })
  officeHolder!: OfficeHolderDto;
  @DateField({ optional: true, description: 'The date of the written statement; today when left out' })
  date?: string;
  @TextField(LONG_TEXT, { description: 'The statement’s text' }) responseText!: string;
}

export class WaiveStatementDto {
  @typeField('WAIVE_STATEMENT') type!: 'WAIVE_STATEMENT';
  @bodyAsked('whose request is waived') bodyId?: string;
  @officeHolderAsked('whose request is waived') officeHolder?: OfficeHolderDto;
  @DateField({ optional: true, description: 'Today when left out' }) date?: string;
  @TextField(2_000) reason!: string;
}

export class ReferForMeasuresDto {
  @typeField('REFER_FOR_MEASURES') type!: 'REFER_FOR_MEASURES';
  @bodyAsked('referred to') bodyId?: string;
  @officeHolderAsked('referred to') officeHolder?: OfficeHolderDto;
  @DateField({ optional: true, description: 'When the referral was sent; today when left out' })
  date?: string;
  @BooleanField({
    description: 'Whether a reply is awaited: only then does the referral hold the initiative',
  })
  replyExpected!: boolean;
  @DateField({
    optional: true,
    description: 'When the reply is due; with `replyExpected` only, and then required',
  })
  dueDate?: string;
  @NestedArrayField(() => PreparerDto, 20, { optional: true }) preparers?: PreparerDto[];
}

export class RecordBoardDecisionDto {
  @typeField('RECORD_BOARD_DECISION') type!: 'RECORD_BOARD_DECISION';
  @NestedField(() => MeetingDto) meeting!: MeetingDto;
  @NestedArrayField(() => PreparerDto, 20, { optional: true }) preparers?: PreparerDto[];
  @TextField(300, { optional: true }) presenter?: string;
  @TextField(LONG_TEXT) proposal!: string;
  @TextField(LONG_TEXT) decision!: string;
  @decisionTypeField() decisionType!: DecisionType;
  @EnumField(BOARD_OUTCOMES) outcome!: BoardOutcome;
}

export class RecordCouncilDecisionDto {
  @typeField('RECORD_COUNCIL_DECISION') type!: 'RECORD_COUNCIL_DECISION';
  @NestedField(() => MeetingDto) meeting!: MeetingDto;
  @TextField(300, { optional: true }) presenter?: string;
  @TextField(LONG_TEXT, { optional: true }) proposal?: string;
  @TextField(LONG_TEXT) decision!: string;
  @decisionTypeField() decisionType!: DecisionType;
  @EnumField(COUNCIL_OUTCOMES) outcome!: CouncilOutcome;
  @TextArrayField(50, 10_000, { description: 'Resolutions (toivomusponnet) adopted' }) resolutions!: string[];
}

export class CloseViaAnnualListDto {
  @typeField('CLOSE_VIA_ANNUAL_LIST') type!: 'CLOSE_VIA_ANNUAL_LIST';
  @NestedField(() => MeetingDto) meeting!: MeetingDto;
  @TextField(200) annualListId!: string;
  @IntField(1900, 2200, { description: 'The list of year Y covers initiatives filed by 31.12. of Y − 1' })
  listYear!: number;
}

export class WithdrawDto {
  @typeField('WITHDRAW') type!: 'WITHDRAW';
  @DateField({ optional: true, description: 'Today when left out' }) date?: string;
  @TextField(300, { description: 'Who asked for the withdrawal' }) requestedBy!: string;
}

export class DeclareLapsedDto {
  @typeField('DECLARE_LAPSED') type!: 'DECLARE_LAPSED';
  @NestedField(() => MeetingDto) meeting!: MeetingDto;
}

/** The API fills a left-out `date` with today; otherwise a DTO is exactly the domain event. */
type DtoOf<E> = E extends { date: string } ? Omit<E, 'date'> & { date?: string } : E;

export const EVENT_DTOS = {
  REFER_TO_BOARD: ReferToBoardDto,
  REQUEST_STATEMENT: RequestStatementDto,
  RECORD_STATEMENT: RecordStatementDto,
  RECORD_WRITTEN_STATEMENT: RecordWrittenStatementDto,
  WAIVE_STATEMENT: WaiveStatementDto,
  REFER_FOR_MEASURES: ReferForMeasuresDto,
  RECORD_BOARD_DECISION: RecordBoardDecisionDto,
  RECORD_COUNCIL_DECISION: RecordCouncilDecisionDto,
  CLOSE_VIA_ANNUAL_LIST: CloseViaAnnualListDto,
  WITHDRAW: WithdrawDto,
  DECLARE_LAPSED: DeclareLapsedDto,
} satisfies { [K in EventType]: new () => DtoOf<EventOf<K>> };

export type EventDto = InstanceType<(typeof EVENT_DTOS)[EventType]>;
