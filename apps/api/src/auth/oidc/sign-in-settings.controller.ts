import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMinSize } from 'class-validator';
import { ROLES, type Role } from '@aloite/domain';
import { BodyStore, SignInSettingsStore } from '@aloite/persistence';
import { invalid } from '../../http/app-error';
import {
  BooleanField,
  EnumArrayField,
  NestedArrayField,
  NestedField,
  TextField,
  UuidArrayField,
} from '../../validation/fields';
import { CurrentActor, requirePermission, type RequestActor } from '../request-actor';
import { isLoopbackHttp } from './oidc-providers';

export class GroupMappingDto {
  @TextField(200, {
    example: '6f1c2d3e-0000-4000-8000-000000000001',
    description: 'A value of the groups claim',
  })
  group!: string;
  @ArrayMinSize(1, { message: 'roles must name at least one role' }) @EnumArrayField(ROLES, 4) roles!: Role[];
  @UuidArrayField(100, { optional: true, description: 'Bodies its members serve (committee secretaries)' })
  bodyIds?: string[];
}

export class ProviderDto {
  @TextField(500, { example: 'https://login.microsoftonline.com/<tenant-id>/v2.0' }) issuer!: string;
  @TextField(200, { example: '00000000-0000-4000-8000-000000000000' }) clientId!: string;
  @TextField(500, {
    optional: true,
    description: 'Never returned; left out, the stored secret stays (if the issuer and client stay the same)',
  })
  clientSecret?: string;
  @TextField(100, { optional: true, example: 'groups', description: 'The ID-token claim listing the groups' })
  groupsClaim?: string;
  @NestedArrayField(() => GroupMappingDto, 200) groupMappings!: GroupMappingDto[];
}

export class SignInSettingsDto {
  @BooleanField({ description: 'false: only the provider signs this municipality’s staff in' })
  passwordsAllowed!: boolean;
  @NestedField(() => ProviderDto, {
    optional: true,
    nullable: true,
    description: 'Left out or null: no provider',
  })
  provider?: ProviderDto | null;
}

class GroupMappingResponse {
  @ApiProperty() group!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: [String], format: 'uuid' }) bodyIds!: string[];
}

class ProviderResponse {
  @ApiProperty() issuer!: string;
  @ApiProperty() clientId!: string;
  @ApiProperty() groupsClaim!: string;
  @ApiProperty({ type: [GroupMappingResponse] }) groupMappings!: GroupMappingResponse[];
}

export class SignInSettingsResponse {
  @ApiProperty() passwordsAllowed!: boolean;
  @ApiPropertyOptional({ type: ProviderResponse, nullable: true }) provider!: ProviderResponse | null;
}

function issuerUrl(issuer: string): string {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw invalid('provider.issuer', 'must be an https address', 'issuerUrl');
  }
  if (url.protocol !== 'https:' && !isLoopbackHttp(url)) {
    throw invalid('provider.issuer', 'must be an https address', 'issuerUrl');
  }
  return issuer;
}

@ApiTags('municipality')
@Controller('api/municipality/sign-in')
export class SignInSettingsController {
  constructor(
    private readonly settings: SignInSettingsStore,
    private readonly bodies: BodyStore,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'How staff sign in: passwords, the OpenID Connect provider (admin; never its secret)',
  })
  @ApiOkResponse({ type: SignInSettingsResponse })
  async get(@CurrentActor() actor: RequestActor): Promise<SignInSettingsResponse> {
    requirePermission(actor, 'EDIT_MUNICIPALITY', 'Only an administrator sees how staff sign in.');
    return this.settings.settings(actor.municipalityId);
  }

  @Put()
  @ApiOperation({
    summary: 'Set the OpenID Connect provider, its group mapping and whether passwords remain (admin)',
  })
  @ApiOkResponse({ type: SignInSettingsResponse })
  async update(
    @CurrentActor() actor: RequestActor,
    @Body() dto: SignInSettingsDto,
  ): Promise<SignInSettingsResponse> {
    requirePermission(actor, 'EDIT_MUNICIPALITY', 'Only an administrator changes how staff sign in.');
    const provider = dto.provider ?? null;
    if (!provider && !dto.passwordsAllowed) {
      throw invalid('passwordsAllowed', 'without a provider, passwords are the only way in', 'noSignInLeft');
    }
    if (provider) await this.checkMappings(actor.municipalityId, provider.groupMappings);
    const saved = await this.settings.save(actor.municipalityId, {
      passwordsAllowed: dto.passwordsAllowed,
      provider: provider && {
        issuer: issuerUrl(provider.issuer),
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        groupsClaim: provider.groupsClaim ?? 'groups',
        groupMappings: provider.groupMappings.map((mapping) => ({
          group: mapping.group,
          roles: mapping.roles,
          bodyIds: mapping.bodyIds ?? [],
        })),
      },
    });
    if (!saved)
      throw invalid('provider.clientSecret', 'a new issuer or client needs its secret', 'clientSecretNeeded');
    return this.settings.settings(actor.municipalityId);
  }

  private async checkMappings(municipalityId: string, mappings: GroupMappingDto[]): Promise<void> {
    const own = new Set((await this.bodies.ofMunicipality(municipalityId)).map((body) => body.id));
    for (const mapping of mappings) {
      if (mapping.roles.includes('committeeSecretary') && (mapping.bodyIds ?? []).length === 0) {
        throw invalid(
          'provider.groupMappings',
          'a committee secretary serves at least one body',
          'secretaryWithoutBody',
        );
      }
      if (!(mapping.bodyIds ?? []).every((id) => own.has(id))) {
        throw invalid(
          'provider.groupMappings',
          'names a body that is not in this municipality',
          'noSuchBody',
        );
      }
    }
  }
}
