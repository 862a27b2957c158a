import { DateField, IntField, NestedArrayField, NestedField, TextField } from '../validation/fields';
import { PreparerDto } from './meeting.dto';

const LONG_TEXT = 100_000;

/** The corrected values; a field left out stays as recorded. */
export class HandlingChangesDto {
  @IntField(1, 100_000, { optional: true, description: 'The corrected § of the minutes' }) section?: number;
  @DateField({ optional: true, description: 'The corrected meeting date' }) date?: string;
  @TextField(LONG_TEXT, { optional: true }) proposal?: string;
  @TextField(LONG_TEXT, { optional: true }) decision?: string;
  @TextField(LONG_TEXT, { optional: true }) responseText?: string;
  @NestedArrayField(() => PreparerDto, 20, { optional: true }) preparers?: PreparerDto[];
  @TextField(300, { optional: true }) presenter?: string;
}

/** Domain § 8.5: a correction (oikaisu) of a recorded handling, with its reason. */
export class CorrectionDto {
  @NestedField(() => HandlingChangesDto) changes!: HandlingChangesDto;
  @TextField(2_000, { description: 'Why the record is corrected', example: 'Pöytäkirjan mukaan § 53.' })
  reason!: string;
}
