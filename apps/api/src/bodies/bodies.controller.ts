import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { BODY_KINDS, BodyStore, type BodyKind, type BodyRow } from '@aloite/persistence';
import { AppError } from '../http/app-error';
import { CurrentActor, type RequestActor } from '../auth/request-actor';
import { IdPipe } from '../http/params';
import { BooleanField, EnumField, TextField } from '../validation/fields';

export class CreateBodyDto {
  @TextField(200, { example: 'Työllisyys- ja kansainvälisyysjaosto' }) name!: string;
  @EnumField(BODY_KINDS) kind!: BodyKind;
}

export class UpdateBodyDto {
  @TextField(200, { optional: true }) name?: string;
  @BooleanField({ optional: true, description: 'false deactivates the body; its history stays' })
  active?: boolean;
}

const view = ({ id, name, kind, active }: BodyRow) => ({ id, name, kind, active });

function requireAdmin(actor: RequestActor): void {
  if (!actor.roles.includes('admin'))
    throw new AppError('FORBIDDEN', 'Only an administrator manages bodies.');
}

@ApiTags('bodies')
@Controller('api/bodies')
export class BodiesController {
  constructor(private readonly bodies: BodyStore) {}

  @Get()
  @ApiOperation({ summary: 'The municipality’s council, board, committees and subcommittees' })
  async list(@CurrentActor() actor: RequestActor) {
    return (await this.bodies.ofMunicipality(actor.municipalityId)).map(view);
  }

  @Post()
  @ApiOperation({ summary: 'Create a body (admin)' })
  async create(@CurrentActor() actor: RequestActor, @Body() dto: CreateBodyDto) {
    requireAdmin(actor);
    return view(await this.bodies.create(actor.municipalityId, { name: dto.name, kind: dto.kind }));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename or deactivate a body (admin)' })
  async update(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Body() dto: UpdateBodyDto,
  ) {
    requireAdmin(actor);
    return view(await this.bodies.update(actor.municipalityId, id, { name: dto.name, active: dto.active }));
  }
}
