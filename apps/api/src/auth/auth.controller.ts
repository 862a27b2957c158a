import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SmallBody } from '../http/json-body';
import { Matches } from 'class-validator';
import { MunicipalityStore, SLUG_PATTERN } from '@aloite/persistence';
import { TextField } from '../validation/fields';
import { SESSION_COOKIE } from './auth.guard';
import { AuthService, SESSION_HOURS } from './auth.service';
import { NewPasswordField } from './password-policy';
import {
  BeforePasswordChange,
  CurrentActor,
  Public,
  type RequestActor,
  type RequestWithActor,
} from './request-actor';
import { MeResponse, MunicipalityToSignInToResponse, SignedInResponse } from './user.responses';

export class LoginDto {
  @TextField(320, {
    example: 'hallintojohtaja',
    description: 'The username, or the account’s e-mail (case-insensitive)',
  })
  username!: string;
  @TextField(200) password!: string;
  @Matches(SLUG_PATTERN, { message: 'municipality must be an address name such as kajaani' })
  @TextField(60, {
    optional: true,
    example: 'kajaani',
    description: 'The municipality’s address name; may be left out when the deployment has only one',
  })
  municipality?: string;
}

export class ChangePasswordDto {
  @TextField(200) currentPassword!: string;
  @NewPasswordField({ description: 'At least 12 characters, not one of the most common passwords' })
  newPassword!: string;
}

export function sessionCookie(request: RequestWithActor, value: string, maxAgeSeconds: number): string {
  // Secure whenever the request came over HTTPS; plain-HTTP localhost keeps working for development.
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly municipalities: MunicipalityStore,
  ) {}

  @Get('auth/municipalities')
  @Public()
  @ApiOperation({ summary: 'The municipalities one can sign in to: for the sign-in page to ask which' })
  @ApiOkResponse({ type: MunicipalityToSignInToResponse, isArray: true })
  async municipalitiesToSignInTo(): Promise<MunicipalityToSignInToResponse[]> {
    return (await this.municipalities.toSignInTo()).map(({ slug, name }) => ({ slug, name }));
  }

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
    const signedIn = await this.auth.login(dto.username, dto.password, dto.municipality, request.ip);
    void reply.header('Set-Cookie', sessionCookie(request, signedIn.token, SESSION_HOURS * 3600));
    return { token: signedIn.token, expiresAt: signedIn.expiresAt.toISOString(), user: signedIn.user };
  }

  @Post('auth/password')
  @BeforePasswordChange()
  @SmallBody()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change your own password: your other sessions end; required after an administrator’s reset',
  })
  @ApiNoContentResponse({ description: 'Changed' })
  async changePassword(
    @CurrentActor() actor: RequestActor,
    @Req() request: RequestWithActor,
    @Body() dto: ChangePasswordDto,
  ): Promise<void> {
    await this.auth.changePassword(actor, request.sessionToken ?? '', dto.currentPassword, dto.newPassword);
  }

  @Post('auth/logout')
  @BeforePasswordChange()
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session' })
  @ApiNoContentResponse({ description: 'Signed out; the cookie is cleared' })
  async logout(@Req() request: RequestWithActor, @Res({ passthrough: true }) reply: FastifyReply) {
    if (request.sessionToken) await this.auth.logout(request.sessionToken);
    void reply.header('Set-Cookie', sessionCookie(request, '', 0));
  }

  @Get('me')
  @BeforePasswordChange()
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
      passwordChangeRequired: actor.passwordChangeRequired,
    };
  }
}
