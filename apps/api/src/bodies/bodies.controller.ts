import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BODY_KINDS, type BodyKind } from '@aloite/domain';
import { BodyEntity } from '@aloite/persistence';
import { AppError } from '../http/app-error';
import { DataSource, QueryFailedError } from 'typeorm';
import { CurrentActor, requirePermission, type RequestActor } from '../auth/request-actor';
import { IdPipe } from '../http/params';
import { BooleanField, EnumField, TextField } from '../validation/fields';
import { BodyResponse } from './body.response';

export class CreateBodyDto {
  @TextField(200, { example: 'Työllisyys- ja kansainvälisyysjaosto' }) name!: string;
  @EnumField(BODY_KINDS) kind!: BodyKind;
}

export class UpdateBodyDto {
  @TextField(200, { optional: true }) name?: string;
  @BooleanField({ optional: true, description: 'false deactivates the body; its history stays' })
  active?: boolean;
}

const view = ({ id, name, kind, active }: BodyEntity): BodyResponse => ({ id, name, kind, active });

function duplicateName(error: unknown, name: string | undefined): AppError | unknown {
  const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
  return error instanceof QueryFailedError && constraint === 'body_name_unique'
    ? new AppError('DUPLICATE_NAME', `A body named ${name ?? ''} already exists.`, {
        errors: [{ field: 'name', message: 'already in use' }],
      })
    : error;
}

@ApiTags('bodies')
@Controller('api/bodies')
export class BodiesController {
  constructor(private readonly db: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'The municipality’s council, board, committees and subcommittees' })
  @ApiOkResponse({ type: BodyResponse, isArray: true })
  async list(@CurrentActor() actor: RequestActor) {
    const bodies = await this.db.getRepository(BodyEntity).find({
      where: { municipalityId: actor.municipalityId },
      order: { createdAt: 'ASC' },
    });
    return bodies.map(view);
  }

  @Post()
  @ApiOperation({ summary: 'Create a body (admin)' })
  @ApiCreatedResponse({ type: BodyResponse })
  async create(@CurrentActor() actor: RequestActor, @Body() dto: CreateBodyDto) {
    requirePermission(actor, 'MANAGE_BODIES', 'Only an administrator manages bodies.');
    try {
      return view(
        await this.db
          .getRepository(BodyEntity)
          .save({ ...dto, municipalityId: actor.municipalityId, active: true }),
      );
    } catch (error) {
      throw duplicateName(error, dto.name);
    }
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
    const repository = this.db.getRepository(BodyEntity);
    const body = await repository.findOneBy({ id, municipalityId: actor.municipalityId });
    if (!body) throw new AppError('NOT_FOUND', `No body ${id}.`);
    try {
      const changes = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined));
      return view(await repository.save({ ...body, ...changes }));
    } catch (error) {
      throw duplicateName(error, dto.name);
    }
  }
}
