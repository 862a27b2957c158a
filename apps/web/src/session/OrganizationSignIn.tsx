import { useQuery } from '@tanstack/react-query';
import { InlineAlert, Link } from 'suomifi-ui-components';
import { api } from '../api/client';
import type { ErrorCode, SignInOptions } from '../api/types';
import { useI18n } from '../i18n/i18n';

/** Why the last sign-in through the organisation's provider failed: the API's code in the address, worded here. */
export function OrganizationSignInError() {
  const { m } = useI18n();
  const code = new URLSearchParams(window.location.search).get('signInError');
  if (!code || !Object.hasOwn(m.problems, code)) return null;
  return (
    <InlineAlert status="error" mb="m">
      {m.problems[code as ErrorCode]({})}
    </InlineAlert>
  );
}

/**
 * "Sign in with your organisation account", when the municipality (by its address name; without one, the
 * deployment's only one) has its own OpenID Connect provider.
 */
export function OrganizationSignIn({ municipality }: { municipality: string | undefined }) {
  const { m } = useI18n();
  const named = municipality === undefined ? '' : `?municipality=${encodeURIComponent(municipality)}`;
  const options = useQuery({
    queryKey: ['sign-in-options', municipality],
    queryFn: () => api<SignInOptions>(`/api/auth/sign-in-options${named}`),
    retry: false,
  });
  if (!options.data?.organizationSignIn) return null;
  return (
    <p className="organization-sign-in">
      <Link href={`/api/auth/oidc/start?municipality=${options.data.municipalityId}`}>
        {m.login.organization}
      </Link>
    </p>
  );
}
