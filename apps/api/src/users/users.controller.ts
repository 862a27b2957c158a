import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES, mayAct, type Role } from '@aloite/domain';
import { AccountStore, BodyStore, USERNAME_PATTERN, type UserChanges } from '@aloite/persistence';
import { AppError, invalid } from '../http/app-error';
import { ArrayMinSize, Matches } from 'class-validator';
import { AuthService, userView } from '../auth/auth.service';
import { UserResponse } from '../auth/user.responses';
import { hashPassword } from '../auth/passwords';
import { NewPasswordField } from '../auth/password-policy';
import { adminActor, CurrentActor, requirePermission, type RequestActor } from '../auth/request-actor';
import { IdPipe } from '../http/params';
import { BooleanField, EnumArrayField, TextField, UuidArrayField } from '../validation/fields';

// class-validator's IsEmail throws on a lone surrogate (a 500 the fuzzer found); a pattern cannot.
const emailRule = Matches(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, {
  message: 'email must be an e-mail address, e.g. paula.halonen@kajaani.fi',
});

export class CreateUserDto {
  @Matches(USERNAME_PATTERN, {
    message: 'username may have letters a–z, digits, dots, dashes and underscores (3–100)',
  })
  @TextField(100, { example: 'paula.halonen' })
  username!: string;
  @TextField(200, { example: 'Paula Halonen' }) displayName!: string;
  @emailRule
  @TextField(320, {
    optional: true,
    example: 'paula.halonen@kajaani.fi',
    description: 'Where reminders go; also a sign-in name, unique in the municipality',
  })
  email?: string;
  @NewPasswordField({ description: 'At least 12 characters, not one of the most common passwords' })
  password!: string;
  @ArrayMinSize(1, { message: 'roles must name at least one role' }) @EnumArrayField(ROLES, 4) roles!: Role[];
  @UuidArrayField(100, { optional: true, description: 'Bodies a committee secretary serves' })
  bodyIds?: string[];
}

export class UpdateUserDto {
  @TextField(200, { optional: true }) displayName?: string;
  @emailRule @TextField(320, { optional: true }) email?: string;
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @EnumArrayField(ROLES, 4, { optional: true })
  roles?: Role[];
  @UuidArrayField(100, { optional: true }) bodyIds?: string[];
  @BooleanField({ optional: true, description: 'false deactivates the account and ends its sessions' })
  active?: boolean;
  @NewPasswordField({
    optional: true,
    description:
      'A new password; ends the account’s sessions, and set by anyone but the owner, its next session must change it first',
  })
  password?: string;
}

@ApiTags('users')
@Controller('api/users')
export class UsersController {
  constructor(
    private readonly accounts: AccountStore,
    private readonly bodies: BodyStore,
    private readonly auth: AuthService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Staff accounts (admin)' })
  @ApiOkResponse({ type: UserResponse, isArray: true })
  async list(@CurrentActor() actor: RequestActor) {
    requirePermission(actor, 'MANAGE_ACCOUNTS', 'Only an administrator can manage accounts.');
    return (await this.accounts.listUsers(actor.municipalityId)).map(userView);
  }

  @Post()
  @ApiOperation({ summary: 'Create a staff account (admin)' })
  @ApiCreatedResponse({ type: UserResponse })
  async create(@CurrentActor() actor: RequestActor, @Body() dto: CreateUserDto) {
    requirePermission(actor, 'MANAGE_ACCOUNTS', 'Only an administrator can manage accounts.');
    const bodyIds = dto.bodyIds ?? [];
    await this.checkBodies(actor, dto.roles, bodyIds);
    const user = await this.accounts.createUser(
      actor.municipalityId,
      {
        username: dto.username,
        displayName: dto.displayName,
        email: dto.email ?? null,
        roles: dto.roles,
        bodyIds,
        passwordHash: await hashPassword(dto.password),
      },
      adminActor(actor),
    );
    return userView(user);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change roles or bodies, deactivate, or reset the password (admin)' })
  @ApiOkResponse({ type: UserResponse })
  async update(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Body() dto: UpdateUserDto,
  ) {
    requirePermission(actor, 'MANAGE_ACCOUNTS', 'Only an administrator can manage accounts.');
    const current = await this.accounts.findUser(actor.municipalityId, id);
    if (!current) throw new AppError('NOT_FOUND', `No user ${id}.`);
    // An administrator cannot lock themselves out.
    if (
      id === actor.userId &&
      (dto.active === false ||
        (dto.roles && !mayAct({ ...actor, roles: dto.roles }, 'MANAGE_ACCOUNTS', null)))
    ) {
      throw invalid(
        dto.active === false ? 'active' : 'roles',
        'you cannot remove your own administrator access',
        'ownAdminAccess',
      );
    }
    await this.checkBodies(actor, dto.roles ?? current.roles, dto.bodyIds ?? current.bodyIds);
    const changes: UserChanges = {
      displayName: dto.displayName,
      email: dto.email,
      roles: dto.roles,
      bodyIds: dto.bodyIds,
      active: dto.active,
      passwordHash: dto.password === undefined ? undefined : await hashPassword(dto.password),
      // A password someone else chose is known to them: its owner replaces it before doing anything else.
      passwordChangeRequired: dto.password === undefined ? undefined : id !== actor.userId,
    };
    const updated = await this.accounts.updateUser(actor.municipalityId, id, changes, adminActor(actor));
    this.auth.accountChanged(id);
    return userView(updated);
  }

  private async checkBodies(actor: RequestActor, roles: Role[], bodyIds: string[]): Promise<void> {
    if (roles.includes('committeeSecretary') && bodyIds.length === 0) {
      throw invalid('bodyIds', 'a committee secretary serves at least one body', 'secretaryWithoutBody');
    }
    if (bodyIds.length === 0) return;
    const own = new Set((await this.bodies.ofMunicipality(actor.municipalityId)).map((body) => body.id));
    if (!bodyIds.every((id) => own.has(id)))
      throw invalid('bodyIds', 'names a body that is not in this municipality', 'noSuchBody');
  }
}
