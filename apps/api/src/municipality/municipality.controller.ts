import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RULE_PACK_IDS, type RulePackId } from '@aloite/domain';
import { MunicipalityStore } from '@aloite/persistence';
import { CurrentActor, requirePermission, type RequestActor } from '../auth/request-actor';
import { EnumField, TextField } from '../validation/fields';
import { MunicipalityResponse } from './municipality.response';

export class MunicipalityDto {
  @TextField(200, { example: 'Kajaani' }) name!: string;
  @EnumField(RULE_PACK_IDS, { description: 'The municipality’s rules for initiatives' })
  rulePack!: RulePackId;
  @TextField(40, { example: 'KAJDno', description: 'Prefix of generated diary numbers' })
  diaryPrefix!: string;
}

@ApiTags('municipality')
@Controller('api/municipality')
export class MunicipalityController {
  constructor(private readonly municipalities: MunicipalityStore) {}

  @Get()
  @ApiOperation({ summary: 'The municipality, its rule pack and diary-number prefix' })
  @ApiOkResponse({ type: MunicipalityResponse })
  async get(@CurrentActor() actor: RequestActor): Promise<MunicipalityResponse> {
    return this.municipalities.find(actor.municipalityId);
  }

  @Put()
  @ApiOperation({
    summary: 'Change the name, rule pack or prefix (admin); initiatives keep the rules they were filed under',
  })
  @ApiOkResponse({ type: MunicipalityResponse })
  async update(
    @CurrentActor() actor: RequestActor,
    @Body() dto: MunicipalityDto,
  ): Promise<MunicipalityResponse> {
    requirePermission(actor, 'EDIT_MUNICIPALITY', 'Only an administrator changes the municipality.');
    return this.municipalities.update(actor.municipalityId, {
      name: dto.name,
      rulePack: dto.rulePack,
      diaryPrefix: dto.diaryPrefix,
    });
  }
}
