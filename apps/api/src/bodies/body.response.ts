import { BODY_KINDS, type BodyKind } from '@aloite/domain';
import { Flag, Id, OneOf, Text } from '../http/response-fields';

export class BodyResponse {
  @Id() id!: string;
  @Text() name!: string;
  @Text({ nullable: true, description: 'The Swedish name; null: the Finnish name serves' }) nameSv!:
    string | null;
  @OneOf(BODY_KINDS, { enumName: 'BodyKind' }) kind!: BodyKind;
  @Flag({ description: 'false once deactivated; its history stays' }) active!: boolean;
}
