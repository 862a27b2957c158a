import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RULE_PACK_IDS, type RulePackId } from '@aloite/domain';
import { MunicipalityEntity } from '@aloite/persistence';
import { DataSource } from 'typeorm';
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

const view = ({ id, name, rulePack, diaryPrefix }: MunicipalityEntity): MunicipalityResponse => ({
  id,
  name,
  rulePack,
  diaryPrefix,
});

@ApiTags('municipality')
@Controller('api/municipality')
export class MunicipalityController {
  constructor(private readonly db: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'The municipality, its rule pack and diary-number prefix' })
  @ApiOkResponse({ type: MunicipalityResponse })
  async get(@CurrentActor() actor: RequestActor) {
    return view(
      await this.db.getRepository(MunicipalityEntity).findOneByOrFail({ id: actor.municipalityId }),
    );
  }

  @Put()
  @ApiOperation({
    summary: 'Change the name, rule pack or prefix (admin); initiatives keep the rules they were filed under',
  })
  @ApiOkResponse({ type: MunicipalityResponse })
  async update(@CurrentActor() actor: RequestActor, @Body() dto: MunicipalityDto) {
    requirePermission(actor, 'EDIT_MUNICIPALITY', 'Only an administrator changes the municipality.');
    const repository = this.db.getRepository(MunicipalityEntity);
    const municipality = await repository.findOneByOrFail({ id: actor.municipalityId });
    return view(await repository.save({ ...municipality, ...dto }));
  }
}
