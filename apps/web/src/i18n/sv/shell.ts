import type { ShellMessages } from '../fi/shell';

export const shell: ShellMessages = {
  app: {
    name: 'Aloite',
    tagline: 'Behandling av fullmäktigemotioner',
    languageName: 'På svenska',
    chooseLanguage: 'Välj språk',
    skipToContent: 'Gå till innehållet',
    signOut: 'Logga ut',
  },
  nav: {
    label: 'Huvudmeny',
    menu: 'Meny',
    dashboard: 'Översikt',
    initiatives: 'Motioner',
    annualList: 'Årsförteckning',
    reminders: 'Påminnelser',
    newInitiative: 'Registrera ny motion',
  },
  common: {
    crashed: 'Något gick fel',
    crashedHint: 'Sidan kunde inte visas. Ladda om sidan; om felet upprepas, meddela huvudanvändaren.',
    reload: 'Ladda om sidan',
    loading: 'Laddar…',
    errorTitle: 'Uppgifterna kunde inte hämtas',
    unreachable: 'Ingen kontakt med servern. Kontrollera nätverket och försök igen.',
    notFound: 'Sidan hittades inte',
    notFoundHint: 'Kontrollera adressen eller gå tillbaka till startsidan.',
    close: 'Stäng',
    yes: 'Ja',
    no: 'Nej',
  },
  login: {
    title: 'Logga in',
    username: 'Användarnamn',
    password: 'Lösenord',
    submit: 'Logga in',
    failed: 'Fel användarnamn eller lösenord.',
    throttled: 'För många misslyckade försök. Vänta en stund och försök igen.',
    organization: 'Logga in med organisationens konto',
  },
};
