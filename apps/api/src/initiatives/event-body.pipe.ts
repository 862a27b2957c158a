import { Injectable, type PipeTransform } from '@nestjs/common';
import { EVENT_TYPES, type EventType } from '@aloite/domain';
import { validationFailed, validateInto } from '../http/validation';
import { EVENT_DTOS, type EventDto } from './event.dtos';

/** Picks the event's DTO by its `type` and validates the whole payload against it. */
@Injectable()
export class EventBodyPipe implements PipeTransform<unknown, EventDto> {
  transform(body: unknown): EventDto {
    const type = (body as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type)) {
      throw validationFailed([
        { field: 'type', message: `must be one of: ${EVENT_TYPES.join(', ')}`, rule: 'isIn' },
      ]);
    }
    return validateInto(EVENT_DTOS[type as EventType] as new () => EventDto, body);
  }
}
