import type { RulePackId } from '@aloite/domain';
import { Id, RulePack, Text } from '../http/response-fields';

export class MunicipalityResponse {
  @Id() id!: string;
  @Text() name!: string;
  @RulePack() rulePack!: RulePackId;
  @Text({ description: 'Prefix of generated diary numbers' }) diaryPrefix!: string;
}
