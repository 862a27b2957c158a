import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { LoadingSpinner } from 'suomifi-ui-components';
import { api, ApiProblem } from '../api/client';
import { useMe } from '../api/queries';
import type { Me } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ChangePasswordPage } from '../pages';
import { LoginPage } from './LoginPage';

/** Shows the sign-in page until the API knows who this is; the session itself is an HttpOnly cookie. */
export function RequireSession({ children }: { children: (me: Me) => ReactNode }) {
  const { m } = useI18n();
  const me = useMe();
  if (me.isPending) return <LoadingSpinner text={m.common.loading} status="loading" />;
  if (me.error instanceof ApiProblem && me.error.status === 401) return <LoginPage />;
  if (me.error) throw me.error;
  // After an administrator's reset the API answers nothing else: the new password comes first.
  if (me.data.passwordChangeRequired)
    return (
      <Suspense fallback={<LoadingSpinner text={m.common.loading} status="loading" />}>
        <ChangePasswordPage forced />
      </Suspense>
    );
  return <>{children(me.data)}</>;
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { username: string; password: string; municipality?: string }) =>
      api<{ user: Me }>('/api/auth/login', { method: 'POST', body: credentials }),
    // Everything cached belonged to nobody or to the previous user: start over as this one.
    onSuccess: () => client.resetQueries(),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => client.resetQueries(),
  });
}
