import { Injectable } from '@nestjs/common';
import type { InitiativeEvent } from '@aloite/domain';
import { InitiativeStore, type Decide } from '@aloite/persistence';
import type { RequestActor } from '../auth/request-actor';
import { Clock } from '../clock';
import { AppError, invalid } from '../http/app-error';
import { bodiesOf, decideEvent } from './event-decision';
import type { StatementRequestDto } from './event.dtos';
import { InitiativesService } from './initiatives.service';
import type { InitiativeView } from './initiative.view';
import type { StatementRequestsDto } from './statement-requests.dto';

/**
 * domain.md § 2: "several bodies may be asked in parallel". Each request is its own REQUEST_STATEMENT, ruled on as
 * if sent alone and written as its own audit row, so the log replays to the stored state; all of them are
 * recorded in one transaction or, if any one is refused, none, and the refusal names the request.
 */
@Injectable()
export class StatementRequestsService {
  constructor(
    private readonly store: InitiativeStore,
    private readonly initiatives: InitiativesService,
    private readonly clock: Clock,
  ) {}

  async request(
    actor: RequestActor,
    id: string,
    dto: StatementRequestsDto,
    expectedVersion: number | null,
  ): Promise<InitiativeView> {
    if (dto.requests.length === 0)
      throw invalid('requests', 'name at least one body or office holder', 'required');
    const today = this.clock.today();
    const date = dto.date ?? today;
    const steps = dto.requests.map((row, index) => {
      const event = JSON.parse(
        JSON.stringify({ type: 'REQUEST_STATEMENT', ...row, date }),
      ) as InitiativeEvent;
      let decide: Decide;
      try {
        decide = decideEvent(actor, event, today);
      } catch (error) {
        throw namingRequest(error, index);
      }
      refuseAskedTwice(dto.requests, index);
      const step: Decide = async (current, bodies) => {
        try {
          return await decide(current, bodies);
        } catch (error) {
          throw namingRequest(error, index);
        }
      };
      return { decide: step, bodyIds: bodiesOf(event) };
    });
    const record = await this.store.transitionInTurn(
      actor.municipalityId,
      id,
      expectedVersion,
      actor.id,
      steps,
    );
    return this.initiatives.view(record, actor);
  }
}

const addresseeOf = ({ bodyId, officeHolder }: StatementRequestDto) =>
  bodyId ?? `${officeHolder?.name ?? ''}\n${officeHolder?.title ?? ''}`;

/** One open request per body or office holder: the same one twice in one form is a slip, named at the second. */
function refuseAskedTwice(requests: StatementRequestDto[], index: number): void {
  const addressee = addresseeOf(requests[index]);
  const earlier = requests.slice(0, index).findIndex((other) => addresseeOf(other) === addressee);
  if (earlier < 0) return;
  const field = requests[index].bodyId === undefined ? 'officeHolder.name' : 'bodyId';
  throw invalid(`requests.${index}.${field}`, `is asked in requests.${earlier} too`, 'addresseeTwice', {
    request: earlier + 1,
  });
}

/** What refused the index-th request, said of that request: at its fields, or by `requestIndex`. */
function namingRequest(error: unknown, index: number): unknown {
  if (!(error instanceof AppError)) return error;
  const { errors, ...details } = error.details;
  const detail = `requests.${index}: ${error.detail}`;
  if (errors) {
    // The request's date is the form's one `date`; every other field is the request's own.
    const fieldOf = (field: string) => (field === 'date' ? field : `requests.${index}.${field}`);
    return new AppError(error.code, detail, {
      ...details,
      errors: errors.map((fieldError) => ({ ...fieldError, field: fieldOf(fieldError.field) })),
    });
  }
  // A state that takes no request is the initiative's, not one request's.
  if (error.code === 'TRANSITION_NOT_ALLOWED' && details.reason !== 'notInState')
    return new AppError(error.code, detail, { ...details, requestIndex: index });
  return error;
}
