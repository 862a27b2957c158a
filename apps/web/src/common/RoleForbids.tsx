import type { StaffAction } from '@aloite/domain/vocabulary';
import type { ReactNode } from 'react';
import { InlineAlert } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n';
import { actionLabel } from '../i18n/problem-text';

/**
 * A page opened by a role that may not use it (say, by its address): it says that the role forbids it, and offers
 * no form to fill in first.
 */
export function RoleForbids({
  may,
  action,
  children,
}: {
  may: boolean;
  action: StaffAction;
  children: ReactNode;
}) {
  const { m } = useI18n();
  if (may) return children;
  return (
    <InlineAlert status="warning" labelText={m.form.roleForbidsTitle} mb="m">
      {m.problems.FORBIDDEN({ action: actionLabel(m, action) })}
    </InlineAlert>
  );
}
