import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BODY_KINDS, type BodyKind } from '@aloite/domain';
import { BodyStore, type BodyRow } from '@aloite/persistence';
import { adminActor, CurrentActor, requirePermission, type RequestActor } from '../auth/request-actor';
import { IdPipe } from '../http/params';
import { BooleanField, EnumField, TextField } from '../validation/fields';
import { BodyResponse } from './body.response';

export class CreateBodyDto {
  @TextField(200, { example: 'Työllisyys- ja kansainvälisyysjaosto' }) name!: string;
  @TextField(200, {
    optional: true,
    nullable: true,
    example: 'Sysselsättnings- och internationaliseringssektionen',
    description: 'The Swedish name, for a bilingual municipality',
  })
  nameSv?: string | null;
  @EnumField(BODY_KINDS) kind!: BodyKind;
}

export class UpdateBodyDto {
  @TextField(200, { optional: true }) name?: string;
  @TextField(200, { optional: true, nullable: true, description: 'null removes the Swedish name' })
  nameSv?: string | null;
  @BooleanField({ optional: true, description: 'false deactivates the body; its history stays' })
  active?: boolean;
}

const view = ({ id, name, nameSv, kind, active }: BodyRow): BodyResponse => ({
  id,
  name,
  nameSv,
  kind,
  active,
});

@ApiTags('bodies')
@Controller('api/bodies')
export class BodiesController {
  constructor(private readonly bodies: BodyStore) {}

  @Get()
  @ApiOperation({ summary: 'The municipality’s council, board, committees and subcommittees' })
  @ApiOkResponse({ type: BodyResponse, isArray: true })
  async list(@CurrentActor() actor: RequestActor) {
    return (await this.bodies.ofMunicipality(actor.municipalityId)).map(view);
  }

  @Post()
  @ApiOperation({ summary: 'Create a body (admin)' })
  @ApiCreatedResponse({ type: BodyResponse })
  async create(@CurrentActor() actor: RequestActor, @Body() dto: CreateBodyDto) {
    requirePermission(actor, 'MANAGE_BODIES', 'Only an administrator manages bodies.');
    return view(
      await this.bodies.create(
        actor.municipalityId,
        { name: dto.name, nameSv: dto.nameSv ?? null, kind: dto.kind },
        adminActor(actor),
      ),
    );
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename or deactivate a body (admin)' })
  @ApiOkResponse({ type: BodyResponse })
  async update(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Body() dto: UpdateBodyDto,
  ) {
    requirePermission(actor, 'MANAGE_BODIES', 'Only an administrator manages bodies.');
    return view(
      await this.bodies.update(
        actor.municipalityId,
        id,
        { name: dto.name, nameSv: dto.nameSv, active: dto.active },
        adminActor(actor),
      ),
    );
  }
}
