import type { Messages } from '../fi';

/** The administrator's page for how staff sign in: passwords and the municipality's OpenID Connect provider. */
export const signInAdmin: Pick<Messages, 'signInAdmin'> = {
  signInAdmin: {
    title: 'Inloggning',
    intro:
      'Hur personalen loggar in: kommunens egen inloggningstjänst (OpenID Connect, t.ex. Entra ID) och rollerna för dess grupper, samt lösenord.',
    passwordsAllowed: 'Personalen kan också logga in med lösenord',
    provider: 'Inloggningstjänst',
    noProvider: 'Kommunen har ingen egen inloggningstjänst: personalen loggar in med lösenord.',
    addProvider: 'Lägg till inloggningstjänst',
    removeProvider: 'Ta bort inloggningstjänsten',
    issuer: 'Inloggningstjänstens adress (issuer)',
    issuerHint: 'Till exempel https://login.microsoftonline.com/<tenant-id>/v2.0',
    clientId: 'Applikationsidentifierare (client id)',
    clientSecret: 'Applikationens hemlighet (client secret)',
    secretStored: 'Hemligheten är sparad och visas inte.',
    secretStoredHint: 'Lämna tomt så behålls den sparade hemligheten.',
    groupsClaim: 'Uppgiften i identitetstoken som anger grupperna (claim)',
    groupsClaimHint: 'Vanligen groups',
    mappings: 'Gruppernas roller',
    mappingsHint: 'En grupp i inloggningstjänsten och rollerna dess medlemmar får vid varje inloggning.',
    mapping: (n) => `Grupp ${n}`,
    group: (n) => `Grupp ${n}: identifierare`,
    roles: (n) => `Grupp ${n}: roller`,
    bodies: (n) => `Organ vars sekreterare medlemmarna i grupp ${n} är`,
    addMapping: 'Lägg till grupp',
    removeMapping: (n) => `Ta bort grupp ${n}`,
    submit: 'Spara inloggningsinställningarna',
    saved: 'Inloggningsinställningarna sparades.',
  },
};
