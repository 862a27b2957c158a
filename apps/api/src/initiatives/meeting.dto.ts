import { DECISION_TYPES, type DecisionType } from '@aloite/domain';
import { DateField, EnumField, IntField, TextField, UuidField } from '../validation/fields';

export class MeetingDto {
  @UuidField({ description: 'The body whose meeting handled the matter' }) bodyId!: string;
  @DateField({ example: '2026-05-20' }) date!: string;
  @IntField(1, 100_000, { description: 'The § of that meeting’s minutes', example: 16 }) section!: number;
}

export class PreparerDto {
  @TextField(200, { example: 'Milla Tikkanen' }) name!: string;
  @TextField(200, { optional: true, example: 'Työllisyys- ja kansainvälisyyspäällikkö' }) title?: string;
  @TextField(320, { optional: true, example: 'milla.tikkanen@kajaani.fi' }) email?: string;
}

/** domain.md § 8.6: an office holder (viranhaltija) asked instead of a body. */
export class OfficeHolderDto {
  @TextField(200, { example: 'Liisa Virtanen' }) name!: string;
  @TextField(200, { example: 'palveluverkkojohtaja' }) title!: string;
}

export const decisionTypeField = (optional = false) =>
  EnumField(DECISION_TYPES, { optional, description: 'How the meeting decided' });

export type { DecisionType };
