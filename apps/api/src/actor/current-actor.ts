import {
  createParamDecorator,
  Injectable,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ROLES, type Actor } from '@aloite/domain';
import { AppError, BodyEntity, MunicipalityEntity } from '@aloite/persistence';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';

export interface RequestActor extends Actor {
  municipalityId: string;
}

type RequestWithActor = FastifyRequest & { actor?: RequestActor };

const PUBLIC = 'aloite:public';
export const Public = () => SetMetadata(PUBLIC, true);

/**
 * Until accounts exist the API runs open: every request acts as one placeholder actor with every role in the
 * (first) municipality. This is the one place that decides who acts; sign-in replaces it.
 */
@Injectable()
export class ActorGuard implements CanActivate {
  constructor(
    private readonly db: DataSource,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    request.actor = await this.openAccessActor();
    return true;
  }

  private async openAccessActor(): Promise<RequestActor> {
    const [municipality] = await this.db
      .getRepository(MunicipalityEntity)
      .find({ order: { createdAt: 'ASC' }, take: 1 });
    if (!municipality) {
      throw new AppError(
        'NOT_FOUND',
        'No municipality has been set up yet. Start with demo data or create one first.',
      );
    }
    const bodies = await this.db
      .getRepository(BodyEntity)
      .find({ where: { municipalityId: municipality.id }, select: { id: true } });
    return {
      id: 'open-access',
      roles: ROLES,
      bodyIds: bodies.map((body) => body.id),
      municipalityId: municipality.id,
    };
  }
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): RequestActor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return actor;
});
