import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import type { Actor } from '@aloite/domain';
import { AppError } from '@aloite/persistence';
import type { FastifyRequest } from 'fastify';

/** The signed-in user as the domain and the audit log see them: `id` is the username written to audit rows. */
export interface RequestActor extends Actor {
  userId: string;
  displayName: string;
  municipalityId: string;
}

export type RequestWithActor = FastifyRequest & { actor?: RequestActor; sessionToken?: string };

export const PUBLIC_ROUTE = 'aloite:public';
/** Health, the API documents and sign-in need no session. */
/** No session needed; the OpenAPI document says so with an empty security requirement. */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiSecurity({}));

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): RequestActor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return actor;
});

export function requireRole(actor: RequestActor, role: Actor['roles'][number], what: string): void {
  if (!actor.roles.includes(role)) throw new AppError('FORBIDDEN', `Only ${ROLE_NAMES[role]} can ${what}.`);
}

const ROLE_NAMES: Record<Actor['roles'][number], string> = {
  registrar: 'the registry',
  committeeSecretary: 'a committee secretary',
  councilStaff: 'council staff',
  admin: 'an administrator',
};
