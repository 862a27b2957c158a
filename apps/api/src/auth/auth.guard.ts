import type { IncomingHttpHeaders } from 'node:http';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../http/app-error';
import { AuthService } from './auth.service';
import { BEFORE_PASSWORD_CHANGE, PUBLIC_ROUTE, type RequestWithActor } from './request-actor';

export const SESSION_COOKIE = 'aloite_session';

/** The session cookie's value; read only when no `Authorization` header is sent (that one wins). */
export function sessionCookieOf(headers: IncomingHttpHeaders): string | null {
  if (headers.authorization !== undefined) return null;
  for (const part of (headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return null;
}

/** The session token from `Authorization: Bearer …` or the session cookie. */
export function tokenOf(request: RequestWithActor): string | null {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(authorization.trim());
    return match?.[1] ?? '';
  }
  return sessionCookieOf(request.headers);
}

/** Every route needs a live session unless it is marked public. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const marked = (key: string) =>
      this.reflector.getAllAndOverride<boolean>(key, [context.getHandler(), context.getClass()]);
    if (marked(PUBLIC_ROUTE)) return true;
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const token = tokenOf(request);
    if (token === null) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    const actor = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await this.auth.actorFor(token) : null;
    if (!actor)
      throw new AppError('UNAUTHENTICATED', 'Your session has ended or is not valid. Sign in again.');
    if (actor.passwordChangeRequired && !marked(BEFORE_PASSWORD_CHANGE))
      throw new AppError(
        'PASSWORD_CHANGE_REQUIRED',
        'An administrator reset your password: change it (POST /api/auth/password) before anything else.',
      );
    request.actor = actor;
    request.sessionToken = token;
    return true;
  }
}
