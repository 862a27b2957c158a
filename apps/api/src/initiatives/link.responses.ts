import {
  LINK_DIRECTIONS,
  LINK_KINDS,
  type InitiativeState,
  type LinkDirection,
  type LinkKind,
} from '@aloite/domain';
import type { LinkRecord } from '@aloite/persistence';
import { Id, Instant, Nested, OneOf, State, Text } from '../http/response-fields';

export class LinkedInitiativeResponse {
  @Id() id!: string;
  @Text() diaryNumber!: string;
  @Text() title!: string;
  @State() state!: InitiativeState;
}

export class LinkResponse implements LinkRecord {
  @Id() id!: string;
  @OneOf(LINK_KINDS, { enumName: 'LinkKind' }) kind!: LinkKind;
  @OneOf(LINK_DIRECTIONS, {
    enumName: 'LinkDirection',
    description:
      'outgoing: made from this initiative (for duplicateOf: this one is a duplicate of the other); incoming: made from the other (this one has a duplicate)',
  })
  direction!: LinkDirection;
  @Nested(() => LinkedInitiativeResponse, { description: 'The initiative at the other end' })
  initiative!: LinkedInitiativeResponse;
  @Text() createdBy!: string;
  @Instant() createdAt!: string;
  @Text({ nullable: true }) removedBy!: string | null;
  @Instant({ nullable: true, description: 'When the link was removed; the link stays as history' })
  removedAt!: string | null;
}
