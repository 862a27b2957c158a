import type { Role } from '@aloite/domain';
import { Flag, Id, Ids, Instant, Nested, Roles, Text } from '../http/response-fields';

export class UserResponse {
  @Id() id!: string;
  @Text() username!: string;
  @Text() displayName!: string;
  @Text({ nullable: true, description: 'Where reminders go' }) email!: string | null;
  @Roles() roles!: Role[];
  @Ids({ description: 'Bodies a committee secretary serves' }) bodyIds!: string[];
  @Flag() active!: boolean;
  @Instant({ nullable: true, description: 'When the account last signed in; null: never' })
  lastSignInAt!: string | null;
}

export class SignedInResponse {
  @Text({ description: 'Send it as `Authorization: Bearer …`; it is also set as the session cookie' })
  token!: string;
  @Instant() expiresAt!: string;
  @Nested(() => UserResponse) user!: UserResponse;
}

export class MeResponse {
  @Id() id!: string;
  @Text() username!: string;
  @Text() displayName!: string;
  @Roles() roles!: readonly Role[];
  @Ids() bodyIds!: readonly string[];
  @Id() municipalityId!: string;
  @Flag({ description: 'This session may do nothing but change the password (POST /api/auth/password)' })
  passwordChangeRequired!: boolean;
}

export class MunicipalityToSignInToResponse {
  @Text({ description: 'The address name sign-in names it by, e.g. kajaani' }) slug!: string;
  @Text() name!: string;
}
