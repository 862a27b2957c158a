import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Block, Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { api } from '../api/client';
import { keys } from '../api/queries';
import { FormAlert, FormFields, useFormValues } from '../forms/form';
import { TextField } from '../forms/fields';
import { LeaveWarning, useLeaveWarning } from '../forms/leave-warning';
import { useI18n } from '../i18n/i18n';
import { alertText, fieldErrorsOf } from '../i18n/problem-text';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { useSignOut } from './session';

const EMPTY = { currentPassword: '', newPassword: '' };

/**
 * The signed-in user's own new password. `forced`: an administrator reset it, the API answers nothing else
 * until it is changed, so the page stands alone and leads on to the app once the password is changed.
 */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { m } = useI18n();
  const client = useQueryClient();
  const signOut = useSignOut();
  const form = useFormValues(EMPTY);
  // Emptied once changed, so the form is no longer typed in and leaving asks nothing.
  const leaving = useLeaveWarning(form.typed);
  const change = useMutation({
    mutationFn: () => api<void>('/api/auth/password', { method: 'POST', body: form.values }),
    onSuccess: async () => {
      for (const name of Object.keys(EMPTY)) form.set(name, '');
      if (forced) await client.invalidateQueries({ queryKey: keys.me });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };

  const page = (
    <>
      <Heading variant="h1" mb="m">
        {m.password.title}
      </Heading>
      {forced && <Paragraph mb="m">{m.password.forced}</Paragraph>}
      <form onSubmit={submit} noValidate>
        <FormAlert trigger={change.error ?? (change.isSuccess ? change.submittedAt : null)}>
          {change.error ? (
            <InlineAlert status="error" mb="m">
              {alertText(m, change.error)}
            </InlineAlert>
          ) : (
            change.isSuccess && (
              <InlineAlert status="neutral" mb="m">
                {m.password.changed}
              </InlineAlert>
            )
          )}
        </FormAlert>
        <FormFields values={form.values} set={form.set} errors={fieldErrorsOf(change.error)}>
          <TextField name="currentPassword" label={m.password.current} type="password" />
          <TextField name="newPassword" label={m.password.next} hint={m.password.nextHint} type="password" />
        </FormFields>
        <Button type="submit" disabled={change.isPending}>
          {m.password.submit}
        </Button>
        <LeaveWarning blocker={leaving.blocker} />
      </form>
    </>
  );
  if (!forced) return page;
  return (
    <main id="main" className="login">
      <Block className="login-card" padding="l">
        <div className="login-top">
          <span className="brand">{m.app.name}</span>
          <LanguageSwitch />
        </div>
        {page}
        <Button variant="secondaryNoBorder" onClick={() => signOut.mutate()}>
          {m.app.signOut}
        </Button>
      </Block>
    </main>
  );
}
