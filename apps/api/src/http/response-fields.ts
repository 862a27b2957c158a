import { ApiProperty } from '@nestjs/swagger';
import {
  AGENDA_EVENTS,
  DECISION_TYPES,
  MEETING_STATUSES,
  EVENT_TYPES,
  INITIATIVE_KINDS,
  INITIATIVE_STATES,
  ROLES,
  RULE_PACK_IDS,
} from '@aloite/domain';

// Properties of response classes. A response class documents one answer of the API, and the function that builds
// that answer is typed to return it, so what the API sends and what it documents cannot part ways.

interface Shape {
  nullable?: boolean;
  optional?: boolean;
  description?: string;
}

const shape = ({ nullable, optional, description }: Shape) => ({
  nullable,
  required: !optional,
  description,
});

export const Text = (options: Shape = {}) => ApiProperty({ type: 'string', ...shape(options) });
export const Texts = (options: Shape = {}) => ApiProperty({ type: [String], ...shape(options) });
export const Day = (options: Shape = {}) =>
  ApiProperty({ type: 'string', format: 'date', ...shape(options) });
export const Instant = (options: Shape = {}) =>
  ApiProperty({ type: 'string', format: 'date-time', ...shape(options) });
export const Id = (options: Shape = {}) => ApiProperty({ type: 'string', format: 'uuid', ...shape(options) });
export const Ids = (options: Shape = {}) =>
  ApiProperty({ type: 'string', format: 'uuid', isArray: true, ...shape(options) });
export const Int = (options: Shape = {}) => ApiProperty({ type: 'integer', ...shape(options) });
export const Flag = (options: Shape = {}) => ApiProperty({ type: 'boolean', ...shape(options) });

/** One of a few values; `enumName` makes it one shared schema the web app can name. */
export const OneOf = (
  values: readonly string[],
  options: Shape & { enumName?: string; isArray?: boolean } = {},
) =>
  ApiProperty({ enum: [...values], enumName: options.enumName, isArray: options.isArray, ...shape(options) });

/** Another response class, or a list of them. */
export const Nested = (type: () => new () => object, options: Shape & { isArray?: boolean } = {}) =>
  // Swagger treats `type` as lazy only when the function is itself named `type`, as this arrow is.
  ApiProperty({ type: () => type(), isArray: options.isArray, ...shape(options) });

/** Free-form JSON, such as an audit row's payload: its shape depends on the event. */
export const Json = (options: Shape = {}) =>
  ApiProperty({ type: Object, additionalProperties: true, ...shape(options) });

export const State = (options: Shape = {}) =>
  OneOf(INITIATIVE_STATES, { enumName: 'InitiativeState', ...options });
export const Event = (options: Shape & { isArray?: boolean } = {}) =>
  OneOf(EVENT_TYPES, { enumName: 'EventType', ...options });
export const Kind = () => OneOf(INITIATIVE_KINDS, { enumName: 'InitiativeKind' });
export const Roles = () => OneOf(ROLES, { enumName: 'Role', isArray: true });
export const RulePack = (options: Shape = {}) => OneOf(RULE_PACK_IDS, { enumName: 'RulePackId', ...options });
export const Decision = () => OneOf(DECISION_TYPES, { enumName: 'DecisionType' });
export const MeetingStatusField = () => OneOf(MEETING_STATUSES, { enumName: 'MeetingStatus' });
export const AgendaEventField = () => OneOf(AGENDA_EVENTS, { enumName: 'AgendaEvent' });
