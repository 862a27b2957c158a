import { INITIATIVE_KINDS, LANGUAGES, type InitiativeKind, type Language } from '@aloite/domain';
import { ValidateIf } from 'class-validator';
import {
  BooleanField,
  DateField,
  EnumField,
  IntField,
  NestedArrayField,
  NestedField,
  TextField,
} from '../validation/fields';
import { MeetingDto } from './meeting.dto';

export class SignatoryDto {
  @TextField(200, { example: 'Juha Urpilainen' }) name!: string;
  @ValidateIf((_, value) => value !== null)
  @TextField(100, { optional: true, example: 'SDP' })
  party?: string | null;
  @BooleanField({ optional: true }) firstSigner?: boolean;
}

export class FilingDto {
  @TextField(100, {
    optional: true,
    description: 'Generated from the rule pack when left out',
    example: 'KAJDno-2026-577',
  })
  diaryNumber?: string;
  @TextField(500, { example: 'Valtuustoaloite työllisyysbonuksesta opiskeluun' }) title!: string;
  @TextField(100_000) text!: string;
  @EnumField(LANGUAGES, {
    optional: true,
    description:
      'The language of the title and text: one of the municipality’s (default: its majority language)',
  })
  language?: Language;
  @EnumField(INITIATIVE_KINDS) kind!: InitiativeKind;
  @DateField({ example: '2026-03-31' }) submittedOn!: string;
  @NestedArrayField(() => SignatoryDto, 500) signatories!: SignatoryDto[];
  @IntField(1, 1_000_000, { description: 'At least the number of named signatories' })
  signatoryCount!: number;
  @BooleanField() hasFinancialEffect!: boolean;
  @NestedField(() => MeetingDto, { description: 'The council meeting and § that recorded the initiative' })
  filedAt!: MeetingDto;
}
