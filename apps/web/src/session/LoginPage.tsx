import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  Block,
  Button,
  DropdownItem,
  Heading,
  InlineAlert,
  Paragraph,
  TextInput,
} from 'suomifi-ui-components';
import { useLocation } from 'react-router';
import { api, ApiProblem } from '../api/client';
import type { MunicipalityToSignInTo } from '../api/types';
import { LabelledDropdown } from '../common/LabelledDropdown';
import { useI18n } from '../i18n/i18n';
import { FormAlert } from '../forms/form';
import { problemText } from '../i18n/problem-text';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { OrganizationSignIn, OrganizationSignInError } from './OrganizationSignIn';
import { useSignIn } from './session';

/** The municipality's address name in a sign-in address: `/kirjaudu/kajaani`, `/login/kajaani`. */
export const SIGN_IN_PATH = /^\/(?:kirjaudu|login)(?:\/([a-z0-9-]+))?\/?$/;

/**
 * Signs in to the municipality the address names; with none named, to the deployment's only one, or to the one
 * chosen here when there are several.
 */
export function LoginPage() {
  const { m } = useI18n();
  const signIn = useSignIn();
  const named = SIGN_IN_PATH.exec(useLocation().pathname)?.[1];
  const municipalities = useQuery({
    queryKey: ['municipalities-to-sign-in-to'],
    queryFn: () => api<MunicipalityToSignInTo[]>('/api/auth/municipalities'),
  });
  const list = municipalities.data ?? [];
  const addressed = list.find((municipality) => municipality.slug === named);
  const asks = !addressed && list.length > 1;
  const [chosen, setChosen] = useState<string | null>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  // An address name that names none is left out: with one municipality, that one; with several, the chosen.
  const municipality = addressed?.slug ?? (asks ? (chosen ?? undefined) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ username, password, municipality });
  };
  const error = signIn.error;
  const unnamed = error instanceof ApiProblem && error.errors.some((field) => field.field === 'municipality');
  const message =
    error instanceof ApiProblem
      ? error.status === 429
        ? m.login.throttled
        : error.status === 401
          ? m.login.failed
          : unnamed
            ? m.login.chooseMunicipality
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
        {addressed && <Paragraph mb="m">{addressed.name}</Paragraph>}
        <OrganizationSignInError />
        <OrganizationSignIn municipality={municipality} />
        <form onSubmit={submit} noValidate>
          <FormAlert trigger={error}>
            {message && (
              <InlineAlert status="error" mb="m">
                {message}
              </InlineAlert>
            )}
          </FormAlert>
          {asks && (
            <div className="field">
              <LabelledDropdown
                id="field-municipality"
                labelText={m.login.municipality}
                hintText={m.login.chooseMunicipality}
                visualPlaceholder={m.form.choose}
                status={unnamed ? 'error' : 'default'}
                value={chosen}
                onChange={setChosen}
                fullWidth
              >
                {list.map((municipality) => (
                  <DropdownItem key={municipality.slug} value={municipality.slug}>
                    {municipality.name}
                  </DropdownItem>
                ))}
              </LabelledDropdown>
            </div>
          )}
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
