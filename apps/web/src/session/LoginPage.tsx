import { useState, type FormEvent } from 'react';
import { Block, Button, Heading, InlineAlert, TextInput } from 'suomifi-ui-components';
import { ApiProblem } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { FormAlert } from '../forms/form';
import { problemText } from '../i18n/problem-text';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { OrganizationSignIn, OrganizationSignInError } from './OrganizationSignIn';
import { useSignIn } from './session';

export function LoginPage() {
  const { m } = useI18n();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ username, password });
  };
  const error = signIn.error;
  const message =
    error instanceof ApiProblem
      ? error.status === 429
        ? m.login.throttled
        : error.status === 401
          ? m.login.failed
          : problemText(m, error)
      : error
        ? m.common.unreachable
        : null;

  return (
    <main id="main" className="login">
      <Block className="login-card" padding="l">
        <div className="login-top">
          <span className="brand">{m.app.name}</span>
          <LanguageSwitch />
        </div>
        <Heading variant="h1" mb="m">
          {m.login.title}
        </Heading>
        <OrganizationSignInError />
        <OrganizationSignIn />
        <form onSubmit={submit} noValidate>
          <FormAlert trigger={error}>
            {message && (
              <InlineAlert status="error" mb="m">
                {message}
              </InlineAlert>
            )}
          </FormAlert>
          <TextInput
            labelText={m.login.username}
            name="username"
            autoComplete="username"
            value={username}
            onChange={(value) => setUsername(String(value ?? ''))}
            fullWidth
            mb="m"
          />
          <TextInput
            labelText={m.login.password}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(value) => setPassword(String(value ?? ''))}
            fullWidth
            mb="l"
          />
          <Button type="submit" disabled={signIn.isPending}>
            {m.login.submit}
          </Button>
        </form>
      </Block>
    </main>
  );
}
