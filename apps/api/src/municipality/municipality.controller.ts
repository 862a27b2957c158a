import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LANGUAGES, RULE_PACK_IDS, referralSentence, type Language, type RulePackId } from '@aloite/domain';
import { MunicipalityStore, type Municipality } from '@aloite/persistence';
import { adminActor, CurrentActor, requirePermission, type RequestActor } from '../auth/request-actor';
import { invalid } from '../http/app-error';
import { EnumField, TextField } from '../validation/fields';
import { MunicipalityResponse } from './municipality.response';
import { RulePacksService } from './rule-packs.service';

export class MunicipalityDto {
  @TextField(200, { example: 'Kajaani' }) name!: string;
  @EnumField(RULE_PACK_IDS, {
    optional: true,
    description:
      'A template to start a new version of the rules from, in force from today, when the rules in force today come from another',
  })
  rulePack?: RulePackId;
  @TextField(40, { example: 'KAJDno', description: 'Prefix of generated diary numbers' })
  diaryPrefix!: string;
  @EnumField(LANGUAGES, { optional: true, description: 'The majority language (default: unchanged)' })
  language?: Language;
  @EnumField(LANGUAGES, {
    optional: true,
    nullable: true,
    description: 'A bilingual municipality’s other language; null: one language (default: unchanged)',
  })
  secondLanguage?: Language | null;
}

@ApiTags('municipality')
@Controller('api/municipality')
export class MunicipalityController {
  constructor(
    private readonly municipalities: MunicipalityStore,
    private readonly rulePacks: RulePacksService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The municipality, its languages, diary-number prefix and the rules in force today',
  })
  @ApiOkResponse({ type: MunicipalityResponse })
  async get(@CurrentActor() actor: RequestActor): Promise<MunicipalityResponse> {
    return this.response(await this.municipalities.find(actor.municipalityId));
  }

  @Put()
  @ApiOperation({
    summary:
      'Change the name, languages or prefix, or start new rules from a template (admin); initiatives keep theirs',
  })
  @ApiOkResponse({ type: MunicipalityResponse })
  async update(
    @CurrentActor() actor: RequestActor,
    @Body() dto: MunicipalityDto,
  ): Promise<MunicipalityResponse> {
    requirePermission(actor, 'EDIT_MUNICIPALITY', 'Only an administrator changes the municipality.');
    const current = await this.municipalities.find(actor.municipalityId);
    const language = dto.language ?? current.language;
    const secondLanguage = dto.secondLanguage === undefined ? current.secondLanguage : dto.secondLanguage;
    if (secondLanguage === language)
      throw invalid('secondLanguage', 'must differ from the majority language', 'sameLanguageTwice');
    if (dto.rulePack) await this.rulePacks.startFromTemplate(actor, dto.rulePack);
    const updated = await this.municipalities.update(
      actor.municipalityId,
      { name: dto.name, diaryPrefix: dto.diaryPrefix, language, secondLanguage },
      adminActor(actor),
    );
    return this.response(updated);
  }

  private async response(municipality: Municipality): Promise<MunicipalityResponse> {
    const pack = await this.rulePacks.inForceToday(municipality.id);
    return {
      ...municipality,
      rulePack: pack.template,
      rulePackValidFrom: pack.validFrom,
      wording: pack.wording,
      permissions: pack.permissions,
      referral: {
        proposal: referralSentence(pack, 'proposal', municipality.language),
        decision: referralSentence(pack, 'decision', municipality.language),
      },
    };
  }
}
