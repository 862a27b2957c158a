import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { ROLES } from '@aloite/domain/vocabulary';
import { api } from '../api/client';
import { useBodies, useBodyName } from '../api/queries';
import type { Body, Me, User } from '../api/types';
import { Panel } from '../common/Panel';
import { QueryView } from '../common/QueryView';
import { TableOrCards } from '../common/Table';
import { ChoicesField } from '../forms/choices-field';
import { TextField } from '../forms/fields';
import { FormFields, useFormValues } from '../forms/form';
import { LeaveWarning, useLeaveWarning } from '../forms/leave-warning';
import { optional, text } from '../forms/payload';
import type { Messages } from '../i18n/fi';
import { formatInstant, useI18n } from '../i18n/i18n';
import { AdminOnly, BackToAdmin } from './AdminOnly';
import { SaveOutcome, useAdminSave } from './admin-form';
import { USERS_KEY, useUsers } from './admin-queries';

export const roleNames = (m: Messages, roles: readonly string[]) =>
  roles.map((role) => m.admin.roles[role as keyof Messages['admin']['roles']] ?? role).join(', ');

export const roleOptions = (m: Messages) =>
  ROLES.map((role) => ({ value: role, label: m.admin.roles[role] }));

/** A secretary serves active bodies only; a body already served stays offered so it can be let go. */
export const bodyChoices = (bodies: Body[], served: readonly string[] = []) =>
  bodies
    .filter((body) => body.active || served.includes(body.id))
    .map((body) => ({ value: body.id, label: body.name }));

function UserList({ users }: { users: User[] }) {
  const { m } = useI18n();
  const bodyName = useBodyName();
  const t = m.admin.users;
  return (
    <TableOrCards
      caption={t.list}
      head={[t.name, t.username, t.email, t.roles, t.bodies, t.status, t.lastSignIn]}
      rows={users.map((user) => ({
        key: user.id,
        cells: [
          <Link to={`/admin/users/${user.id}`} aria-label={t.edit(user.displayName)}>
            {user.displayName}
          </Link>,
          user.username,
          user.email ?? '',
          roleNames(m, user.roles),
          user.bodyIds.map(bodyName).join(', '),
          user.active ? m.admin.active : m.admin.inactive,
          user.lastSignInAt ? formatInstant(user.lastSignInAt, m) : t.never,
        ],
      }))}
    />
  );
}

function CreateUserForm({ bodies }: { bodies: Body[] }) {
  const { m } = useI18n();
  const t = m.admin.users;
  const client = useQueryClient();
  const empty = { displayName: '', username: '', email: '', password: '', roles: [], bodyIds: [] };
  const { values, set, typed, saved } = useFormValues(empty);
  const leaving = useLeaveWarning(typed);
  const { errors, outcome, submit } = useAdminSave(async () => {
    const created = await api<User>('/api/users', {
      method: 'POST',
      body: {
        displayName: text(values, 'displayName'),
        username: text(values, 'username'),
        email: optional(values, 'email'),
        password: String(values['password'] ?? ''),
        roles: values['roles'],
        bodyIds: values['bodyIds'],
      },
    });
    for (const [name, value] of Object.entries(empty)) set(name, value);
    saved();
    await client.invalidateQueries({ queryKey: USERS_KEY });
    return t.created(created.displayName);
  });
  return (
    <form onSubmit={submit} noValidate>
      <LeaveWarning blocker={leaving.blocker} />
      <SaveOutcome outcome={outcome} />
      <FormFields values={values} set={set} errors={errors}>
        <TextField name="displayName" label={t.displayName} />
        <TextField name="username" label={t.username} />
        <TextField name="email" label={t.email} type="email" optional />
        <TextField name="password" label={t.password} hint={t.passwordHint} />
        <ChoicesField name="roles" label={t.roles} options={roleOptions(m)} />
        <ChoicesField name="bodyIds" label={t.bodies} hint={t.bodiesHint} options={bodyChoices(bodies)} />
      </FormFields>
      <Button type="submit">{t.create}</Button>
    </form>
  );
}

export function UsersPage({ me }: { me: Me }) {
  const { m } = useI18n();
  const users = useUsers();
  const bodies = useBodies();
  return (
    <>
      <BackToAdmin />
      <Heading variant="h1" mb="s">
        {m.admin.users.title}
      </Heading>
      <AdminOnly me={me}>
        <Paragraph mb="m">{m.admin.users.intro}</Paragraph>
        <Panel id="users" title={m.admin.users.list}>
          <QueryView query={users}>{(list) => <UserList users={list} />}</QueryView>
        </Panel>
        <Panel id="create-user" title={m.admin.users.create}>
          <QueryView query={bodies}>{(list) => <CreateUserForm bodies={list} />}</QueryView>
        </Panel>
      </AdminOnly>
    </>
  );
}
