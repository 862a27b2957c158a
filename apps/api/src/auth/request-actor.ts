import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import { mayAct, type Actor, type RulePack, type StaffAction } from '@aloite/domain';
import type { AdminActor } from '@aloite/persistence';
import { AppError } from '../http/app-error';
import type { FastifyRequest } from 'fastify';

/** The signed-in user as the domain and the audit log see them: `id` is the username written to audit rows. */
export interface RequestActor extends Actor {
  userId: string;
  displayName: string;
  municipalityId: string;
  /** After an administrator's password reset: this session may only change the password (and sign out). */
  passwordChangeRequired: boolean;
}

export type RequestWithActor = FastifyRequest & { actor?: RequestActor; sessionToken?: string };

export const PUBLIC_ROUTE = 'aloite:public';
/** No session needed; the OpenAPI document says so with an empty security requirement. */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiSecurity({}));

export const BEFORE_PASSWORD_CHANGE = 'aloite:before-password-change';
/** A route a session that must change its password may still call. */
export const BeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): RequestActor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return actor;
});

/**
 * The one authorization check: FORBIDDEN, in the caller's words, unless the domain's `mayAct` lets the actor take
 * the action. Lifecycle actions need the rule pack; `forBody` is the body an action is for, where it is for one.
 */
export function requirePermission(
  actor: Actor,
  action: StaffAction,
  why: string,
  { pack = null, forBody }: { pack?: RulePack | null; forBody?: string | null } = {},
): void {
  if (!mayAct(actor, action, pack, forBody)) throw new AppError('FORBIDDEN', why, { params: { action } });
}

/** The administrator as the log of administrative changes names them. */
export function adminActor(actor: RequestActor): AdminActor {
  return {
    municipalityId: actor.municipalityId,
    userId: actor.userId,
    username: actor.id,
    name: actor.displayName,
  };
}
