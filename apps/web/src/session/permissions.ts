import { mayAct, type Permissions, type StaffAction } from '@aloite/domain/vocabulary';
import { useMunicipality } from '../api/queries';
import type { Me } from '../api/types';

/**
 * What the signed-in user may be offered: the domain's `mayAct` with the permissions of this municipality's rules
 * in force today, the check the API makes. Until the municipality has loaded, lifecycle actions are not offered.
 */
export function useMayAct(me: Me): (action: StaffAction, forBody?: string | null) => boolean {
  const { data } = useMunicipality();
  const pack = data ? { permissions: data.permissions as Permissions } : null;
  return (action, forBody) => mayAct(me, action, pack, forBody);
}
