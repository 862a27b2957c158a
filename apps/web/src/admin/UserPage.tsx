import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { api } from '../api/client';
import { useBodies } from '../api/queries';
import type { Body, Me, User } from '../api/types';
import { Panel } from '../common/Panel';
import { QueryView } from '../common/QueryView';
import { ChoicesField } from '../forms/choices-field';
import { CheckboxField, TextField } from '../forms/fields';
import { FormFields, useFormValues } from '../forms/form';
import { LeaveWarning, useLeaveWarning } from '../forms/leave-warning';
import { optional } from '../forms/payload';
import { useI18n } from '../i18n/i18n';
import { AdminOnly, BackToAdmin } from './AdminOnly';
import { SaveOutcome, useAdminSave } from './admin-form';
import { USERS_KEY, useUsers } from './admin-queries';
import { bodyChoices, roleOptions } from './UsersPage';

/** Roles, bodies and e-mail; deactivating or reactivating; a new password the administrator types. */
function EditUserForm({ user, bodies }: { user: User; bodies: Body[] }) {
  const { m } = useI18n();
  const t = m.admin.users;
  const client = useQueryClient();
  const { values, set, typed, saved } = useFormValues({
    email: user.email ?? '',
    roles: [...user.roles],
    bodyIds: [...user.bodyIds],
    active: user.active,
    password: '',
  });
  const leaving = useLeaveWarning(typed);
  const { errors, outcome, submit } = useAdminSave(async () => {
    const password = String(values['password'] ?? '');
    await api<User>(`/api/users/${user.id}`, {
      method: 'PATCH',
      body: {
        email: optional(values, 'email'),
        roles: values['roles'],
        bodyIds: values['bodyIds'],
        active: values['active'],
        ...(password ? { password } : {}),
      },
    });
    set('password', '');
    saved();
    await client.invalidateQueries({ queryKey: USERS_KEY });
    return t.saved;
  });
  return (
    <form onSubmit={submit} noValidate>
      <LeaveWarning blocker={leaving.blocker} />
      <SaveOutcome outcome={outcome} />
      <FormFields values={values} set={set} errors={errors}>
        <TextField name="email" label={t.email} type="email" optional />
        <ChoicesField name="roles" label={t.roles} options={roleOptions(m)} />
        <ChoicesField
          name="bodyIds"
          label={t.bodies}
          hint={t.bodiesHint}
          options={bodyChoices(bodies, user.bodyIds)}
        />
        <CheckboxField name="active" label={t.activeLabel} />
        <TextField name="password" label={t.reset} hint={t.resetHint} optional />
      </FormFields>
      <Button type="submit">{m.admin.save}</Button>
    </form>
  );
}

function UserView({ users, bodies }: { users: User[]; bodies: Body[] }) {
  const { m } = useI18n();
  const { id } = useParams();
  const user = users.find((candidate) => candidate.id === id);
  if (!user) return <InlineAlert status="warning">{m.admin.users.noSuchUser}</InlineAlert>;
  return (
    <Panel id="edit-user" title={m.admin.users.editTitle(`${user.displayName} (${user.username})`)}>
      <EditUserForm key={user.id} user={user} bodies={bodies} />
    </Panel>
  );
}

export function UserPage({ me }: { me: Me }) {
  const { m } = useI18n();
  const users = useUsers();
  const bodies = useBodies();
  return (
    <>
      <BackToAdmin to="/admin/users" label={`← ${m.admin.users.title}`} />
      <Heading variant="h1" mb="s">
        {m.admin.users.title}
      </Heading>
      <AdminOnly me={me}>
        <QueryView query={users}>
          {(list) => <QueryView query={bodies}>{(all) => <UserView users={list} bodies={all} />}</QueryView>}
        </QueryView>
      </AdminOnly>
    </>
  );
}
