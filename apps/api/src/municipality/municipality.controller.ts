import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RULE_PACK_IDS, type RulePackId } from '@aloite/domain';
import { MunicipalityStore } from '@aloite/persistence';
import { AppError } from '../http/app-error';
import { CurrentActor, type RequestActor } from '../auth/request-actor';
import { EnumField, TextField } from '../validation/fields';

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
  async get(@CurrentActor() actor: RequestActor) {
    return this.municipalities.find(actor.municipalityId);
  }

  @Put()
  @ApiOperation({
    summary: 'Change the name, rule pack or prefix (admin); initiatives keep the rules they were filed under',
  })
  async update(@CurrentActor() actor: RequestActor, @Body() dto: MunicipalityDto) {
    if (!actor.roles.includes('admin'))
      throw new AppError('FORBIDDEN', 'Only an administrator changes the municipality.');
    return this.municipalities.update(actor.municipalityId, {
      name: dto.name,
      rulePack: dto.rulePack,
      diaryPrefix: dto.diaryPrefix,
    });
  }
}
