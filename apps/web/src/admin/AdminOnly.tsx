import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Me } from '../api/types';
import { RoleForbids } from '../common/RoleForbids';
import { useI18n } from '../i18n/i18n';
import { useMayAct } from '../session/permissions';

/** An administration page's content: for an administrator only. */
export function AdminOnly({ me, children }: { me: Me; children: ReactNode }) {
  const may = useMayAct(me);
  return (
    <RoleForbids may={may('MANAGE_ACCOUNTS')} action="MANAGE_ACCOUNTS">
      {children}
    </RoleForbids>
  );
}

/** Above an administration page's heading: the way back to the overview. */
export function BackToAdmin({ to = '/admin', label }: { to?: string; label?: string }) {
  const { m } = useI18n();
  return (
    <p className="eyebrow">
      <Link to={to}>{label ?? m.admin.back}</Link>
    </p>
  );
}
