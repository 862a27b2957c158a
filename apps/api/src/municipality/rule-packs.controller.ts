import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type RequestActor } from '../auth/request-actor';
import {
  RulePackPreviewResponse,
  RulePackResponse,
  RulePackTemplateResponse,
  RulePackVersionResponse,
} from './rule-pack.responses';
import { RulePacksService } from './rule-packs.service';

@ApiTags('municipality')
@Controller('api/municipality/rule-packs')
export class RulePacksController {
  constructor(private readonly rulePacks: RulePacksService) {}

  @Get()
  @ApiOperation({ summary: 'The versions of the municipality’s rules, oldest first (admin)' })
  @ApiOkResponse({ type: RulePackVersionResponse, isArray: true })
  versions(@CurrentActor() actor: RequestActor): Promise<RulePackVersionResponse[]> {
    return this.rulePacks.versions(actor);
  }

  @Get('templates')
  @ApiOperation({
    summary: 'The templates a version starts from: Kajaani, Espoo, Helsinki, Turku and a kunta',
  })
  @ApiOkResponse({ type: RulePackTemplateResponse, isArray: true })
  templates(@CurrentActor() actor: RequestActor): RulePackTemplateResponse[] {
    return this.rulePacks.templates(actor);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'What-if: the open initiatives whose deadlines, answer channel or lapse the version would change (admin)',
  })
  @ApiBody({ type: RulePackResponse })
  @ApiOkResponse({ type: RulePackPreviewResponse })
  preview(@CurrentActor() actor: RequestActor, @Body() body: unknown): Promise<RulePackPreviewResponse> {
    return this.rulePacks.preview(actor, body);
  }

  @Post()
  @ApiOperation({
    summary:
      'Add a version, in force for initiatives filed from its validFrom; refused if it would contradict a recorded handling (admin)',
  })
  @ApiBody({ type: RulePackResponse })
  @ApiCreatedResponse({ type: RulePackVersionResponse })
  add(@CurrentActor() actor: RequestActor, @Body() body: unknown): Promise<RulePackVersionResponse> {
    return this.rulePacks.add(actor, body);
  }
}
