import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import {
  ApiFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SignInSettingsStore, SLUG_PATTERN } from '@aloite/persistence';
import { AppError } from '../../http/app-error';
import { UUID } from '../../http/params';
import { sessionCookie } from '../auth.controller';
import { SESSION_HOURS } from '../auth.service';
import { Public, type RequestWithActor } from '../request-actor';
import { OidcSignIn } from './oidc-sign-in.service';

export class SignInOptionsResponse {
  @ApiProperty({ format: 'uuid' }) municipalityId!: string;
  @ApiProperty({ description: 'The municipality signs staff in through its own OpenID Connect provider' })
  organizationSignIn!: boolean;
  @ApiProperty() passwordsAllowed!: boolean;
}

/** The web app's sign-in page words the code (its `problems`); nothing else about the failure leaves here. */
function toSignInPage(reply: FastifyReply, error: unknown): void {
  if (!(error instanceof AppError)) throw error;
  void reply.redirect(`/?signInError=${error.code}`, 302);
}

function origin(request: RequestWithActor): string {
  return `${request.protocol}://${request.host}`;
}

@ApiTags('auth')
@Controller('api/auth')
export class OidcController {
  constructor(
    private readonly signIn: OidcSignIn,
    private readonly settings: SignInSettingsStore,
  ) {}

  @Get('sign-in-options')
  @Public()
  @ApiOperation({ summary: 'How a municipality’s staff may sign in (the only one when none is named)' })
  @ApiQuery({
    name: 'municipality',
    required: false,
    description: 'The municipality’s id or address name (`kajaani`)',
  })
  @ApiOkResponse({ type: SignInOptionsResponse })
  async options(@Query('municipality') municipality?: unknown): Promise<SignInOptionsResponse> {
    const municipalityId = await this.municipalityOf(municipality);
    const settings = await this.settings.settings(municipalityId);
    return {
      municipalityId,
      organizationSignIn: settings.provider !== null,
      passwordsAllowed: settings.passwordsAllowed,
    };
  }

  @Get('oidc/start')
  @Public()
  @ApiOperation({ summary: 'Begin signing in through the municipality’s OpenID Connect provider' })
  @ApiQuery({
    name: 'municipality',
    required: false,
    description: 'The municipality’s id or address name (`kajaani`)',
  })
  @ApiFoundResponse({ description: 'To the provider; on a failure to the sign-in page with `signInError`' })
  async start(
    @Query('municipality') municipality: unknown,
    @Req() request: RequestWithActor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      const municipalityId = await this.municipalityOf(municipality);
      const url = await this.signIn.start(municipalityId, `${origin(request)}/api/auth/oidc/callback`);
      void reply.redirect(url.href, 302);
    } catch (error) {
      toSignInPage(reply, error);
    }
  }

  @Get('oidc/callback')
  @Public()
  @ApiOperation({ summary: 'The provider’s answer: a session, then into the web app' })
  @ApiFoundResponse({
    description: 'Into the web app signed in; on a failure to the sign-in page with `signInError`',
  })
  async callback(@Req() request: RequestWithActor, @Res() reply: FastifyReply): Promise<void> {
    try {
      const signedIn = await this.signIn.finish(new URL(request.url, origin(request)));
      void reply.header('Set-Cookie', sessionCookie(request, signedIn.token, SESSION_HOURS * 3600));
      void reply.redirect('/', 302);
    } catch (error) {
      toSignInPage(reply, error);
    }
  }

  private async municipalityOf(municipality: unknown): Promise<string> {
    const name =
      typeof municipality !== 'string'
        ? null
        : UUID.test(municipality)
          ? { id: municipality.toLowerCase() }
          : SLUG_PATTERN.test(municipality)
            ? { slug: municipality }
            : null;
    if (municipality !== undefined && !name) throw new AppError('NOT_FOUND', 'No such municipality.');
    const found = await this.settings.municipality(name);
    if (!found) throw new AppError('NOT_FOUND', 'No such municipality.');
    return found;
  }
}
