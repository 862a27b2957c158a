import {
  ADMIN_ACTIONS,
  ADMIN_ENTITY_KINDS,
  type AdminAction,
  type AdminEntityKind,
} from '@aloite/persistence';
import { Id, Instant, Json, Nested, OneOf, Text } from '../http/response-fields';

export class AdminChangeResponse {
  @Text({ description: 'The change’s number: later changes have larger ones' }) seq!: string;
  @Id({ description: 'The administrator who made the change' }) actorId!: string;
  @Text({ description: 'Their name when they made it' }) actorName!: string;
  @Instant() changedAt!: string;
  @OneOf(ADMIN_ENTITY_KINDS, { enumName: 'AdminEntityKind' }) entityKind!: AdminEntityKind;
  @Text({ description: 'The user, body, municipality or rule-pack version changed' }) entityId!: string;
  @OneOf(ADMIN_ACTIONS, { enumName: 'AdminAction' }) action!: AdminAction;
  @Json({ description: 'What was set, never a password or its hash (a reset is `passwordReset: true`)' })
  change!: Record<string, unknown>;
}

export class AdminLogPageResponse {
  @Nested(() => AdminChangeResponse, { isArray: true }) items!: AdminChangeResponse[];
  @Text({ nullable: true, description: 'Pass as `cursor` for the older changes; null: no more' })
  nextCursor!: string | null;
}
