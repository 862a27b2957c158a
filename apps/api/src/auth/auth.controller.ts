import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SmallBody } from '../http/json-body';
import { TextField } from '../validation/fields';
import { SESSION_COOKIE } from './auth.guard';
import { AuthService, SESSION_HOURS } from './auth.service';
import { CurrentActor, Public, type RequestActor, type RequestWithActor } from './request-actor';
import { MeResponse, SignedInResponse } from './user.responses';

export class LoginDto {
  @TextField(100, { example: 'hallintojohtaja' }) username!: string;
  @TextField(200) password!: string;
}

export function sessionCookie(request: RequestWithActor, value: string, maxAgeSeconds: number): string {
  // Secure whenever the request came over HTTPS; plain-HTTP localhost keeps working for development.
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/login')
  @Public()
  @SmallBody()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: a session token in the body and as an HttpOnly cookie' })
  @ApiOkResponse({ type: SignedInResponse })
  async login(
    @Body() dto: LoginDto,
    @Req() request: RequestWithActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignedInResponse> {
    const signedIn = await this.auth.login(dto.username, dto.password, request.ip);
    void reply.header('Set-Cookie', sessionCookie(request, signedIn.token, SESSION_HOURS * 3600));
    return { token: signedIn.token, expiresAt: signedIn.expiresAt.toISOString(), user: signedIn.user };
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session' })
  @ApiNoContentResponse({ description: 'Signed out; the cookie is cleared' })
  async logout(@Req() request: RequestWithActor, @Res({ passthrough: true }) reply: FastifyReply) {
    if (request.sessionToken) await this.auth.logout(request.sessionToken);
    void reply.header('Set-Cookie', sessionCookie(request, '', 0));
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentActor() actor: RequestActor): MeResponse {
    return {
      id: actor.userId,
      username: actor.id,
      displayName: actor.displayName,
      roles: actor.roles,
      bodyIds: actor.bodyIds,
      municipalityId: actor.municipalityId,
    };
  }
}
