import type { Messages } from '../fi';

/** The administrator's page for how staff sign in: passwords and the municipality's OpenID Connect provider. */
export const signInAdmin: Pick<Messages, 'signInAdmin'> = {
  signInAdmin: {
    title: 'Signing in',
    intro:
      'How staff sign in: the municipality’s own sign-in service (OpenID Connect, e.g. Entra ID) and the roles of its groups, and passwords.',
    passwordsAllowed: 'Staff can also sign in with a password',
    provider: 'Sign-in service',
    noProvider: 'The municipality has no sign-in service of its own: staff sign in with passwords.',
    addProvider: 'Add a sign-in service',
    removeProvider: 'Remove the sign-in service',
    issuer: 'Sign-in service address (issuer)',
    issuerHint: 'For example https://login.microsoftonline.com/<tenant-id>/v2.0',
    clientId: 'Application id (client id)',
    clientSecret: 'Application secret (client secret)',
    secretStored: 'The secret is stored and is not shown.',
    secretStoredHint: 'Leave empty to keep the stored secret.',
    groupsClaim: 'The ID-token claim listing the groups',
    groupsClaimHint: 'Usually groups',
    mappings: 'Roles of the groups',
    mappingsHint: 'A group at the sign-in service and the roles its members get at every sign-in.',
    mapping: (n) => `Group ${n}`,
    group: (n) => `Group ${n} id`,
    roles: (n) => `Group ${n} roles`,
    bodies: (n) => `Bodies whose secretaries the members of group ${n} are`,
    addMapping: 'Add a group',
    removeMapping: (n) => `Remove group ${n}`,
    submit: 'Save the sign-in settings',
    saved: 'The sign-in settings were saved.',
  },
};
