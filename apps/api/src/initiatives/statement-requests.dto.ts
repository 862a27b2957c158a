import { STATEMENT_REQUEST_LIMIT } from '@aloite/persistence';
import { DateField, NestedArrayField } from '../validation/fields';
import { StatementRequestDto } from './event.dtos';

/** domain.md § 2: "several bodies may be asked in parallel": as many as one initiative may have. */
export class StatementRequestsDto {
  @DateField({ optional: true, description: 'When the requests were sent; today when left out' })
  date?: string;
  @NestedArrayField(() => StatementRequestDto, STATEMENT_REQUEST_LIMIT, {
    description:
      'One request per body or office holder, each recorded as its own REQUEST_STATEMENT in this order',
  })
  requests!: StatementRequestDto[];
}
