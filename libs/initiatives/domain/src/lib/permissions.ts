import type { Action, RulePack } from './rule-packs';
import type { Actor, InitiativeEvent, Role } from './types';

/** What staff do besides an initiative's lifecycle (domain § 5, the "who" column of api.md). */
export const ADMINISTRATIVE_ACTIONS = [
  'MANAGE_ACCOUNTS',
  'MANAGE_BODIES',
  'EDIT_MUNICIPALITY',
  'RUN_REMINDERS',
  'READ_DOCUMENT_READS',
  'ADD_DOCUMENTS',
  'MANAGE_MEETINGS',
  'CORRECT_HANDLINGS',
  'LINK_INITIATIVES',
] as const;
export type AdministrativeAction = (typeof ADMINISTRATIVE_ACTIONS)[number];

/** Everything a role may be permitted: the lifecycle's actions (per rule pack) and the administrative ones. */
export type StaffAction = Action | AdministrativeAction;

export type Authorization = { ok: true } | { ok: false; code: 'FORBIDDEN' };

/** The same in every municipality: rule packs say who fires which event (domain § 4), not who administers. */
export const ADMINISTRATIVE_PERMISSIONS: Readonly<Record<AdministrativeAction, readonly Role[]>> = {
  // Domain § 5: the admin handles users, bodies and the rule pack.
  MANAGE_ACCOUNTS: ['admin'],
  MANAGE_BODIES: ['admin'],
  EDIT_MUNICIPALITY: ['admin'],
  // README, Reminders: the registry's deadlines; the web app offers the page to the registry and the admin.
  RUN_REMINDERS: ['registrar', 'admin'],
  // Domain § 6: reads of non-public documents are logged; the admin answers for who read what.
  READ_DOCUMENT_READS: ['admin'],
  // Domain § 5: a committee secretary attaches that body's documents; api.md: registrar, secretary of the body.
  ADD_DOCUMENTS: ['registrar', 'committeeSecretary'],
  // Domain § 8 and api.md: the registry and the body's secretary keep its meetings, agendas and minutes.
  MANAGE_MEETINGS: ['registrar', 'committeeSecretary'],
  // Issue 16 and api.md: a handling is corrected by the registry or the secretary of the body that handled it.
  CORRECT_HANDLINGS: ['registrar', 'committeeSecretary'],
  // api.md: links between initiatives are the registry's.
  LINK_INITIATIVES: ['registrar'],
};

function isAdministrative(action: StaffAction): action is AdministrativeAction {
  return (ADMINISTRATIVE_ACTIONS as readonly string[]).includes(action);
}

/** The roles that may take an action: lifecycle actions only where a rule pack grants them. */
export function permittedRoles(
  action: StaffAction,
  pack: Pick<RulePack, 'permissions'> | null,
): readonly Role[] {
  if (isAdministrative(action)) return ADMINISTRATIVE_PERMISSIONS[action];
  return pack?.permissions[action] ?? [];
}

/**
 * Whether one of the actor's roles may take the action. `forBody` is the body an action is for, where it is for
 * one (null: for none); domain § 5: a committee secretary acts only for the bodies they serve, other roles are
 * not scoped.
 */
export function mayAct(
  actor: Actor,
  action: StaffAction,
  pack: Pick<RulePack, 'permissions'> | null,
  forBody?: string | null,
): boolean {
  return permittedRoles(action, pack).some(
    (role) =>
      actor.roles.includes(role) &&
      (role !== 'committeeSecretary' ||
        forBody === undefined ||
        (forBody !== null && actor.bodyIds.includes(forBody))),
  );
}

/** `mayAct` for one lifecycle event: an event that names a body is for that body. */
export function authorize(actor: Actor, event: InitiativeEvent, pack: RulePack): Authorization {
  return mayAct(actor, event.type, pack, 'bodyId' in event ? event.bodyId : undefined)
    ? { ok: true }
    : { ok: false, code: 'FORBIDDEN' };
}
