import { RULE_PACKS, mayAct, type StaffAction } from '@aloite/domain/vocabulary';
import { useMunicipality } from '../api/queries';
import type { Me } from '../api/types';

/**
 * What the signed-in user may be offered: the domain's `mayAct` with this municipality's rule pack, the same
 * check the API makes. Until the municipality has loaded, lifecycle actions are not offered.
 */
export function useMayAct(me: Me): (action: StaffAction, forBody?: string | null) => boolean {
  const { data } = useMunicipality();
  const pack = data ? RULE_PACKS[data.rulePack] : null;
  return (action, forBody) => mayAct(me, action, pack, forBody);
}
