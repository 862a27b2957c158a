/** The frame around every page: the app's name, its menu, what any page may say, and signing in. */
export const shell = {
  app: {
    name: 'Aloite',
    tagline: 'Valtuustoaloitteiden käsittely',
    languageName: 'Suomeksi',
    chooseLanguage: 'Valitse kieli',
    skipToContent: 'Siirry sisältöön',
    signOut: 'Kirjaudu ulos',
  },
  nav: {
    label: 'Päävalikko',
    menu: 'Valikko',
    dashboard: 'Yleiskatsaus',
    initiatives: 'Aloitteet',
    annualList: 'Vuosiluettelo',
    reminders: 'Muistutukset',
    newInitiative: 'Kirjaa uusi aloite',
  },
  common: {
    crashed: 'Jokin meni vikaan',
    crashedHint:
      'Sivua ei voitu näyttää. Lataa sivu uudelleen; jos vika toistuu, kerro siitä pääkäyttäjälle.',
    reload: 'Lataa sivu uudelleen',
    loading: 'Ladataan…',
    errorTitle: 'Tietoja ei saatu',
    unreachable: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
    notFound: 'Sivua ei löytynyt',
    notFoundHint: 'Tarkista osoite tai palaa etusivulle.',
    close: 'Sulje',
    yes: 'Kyllä',
    no: 'Ei',
  },
  login: {
    title: 'Kirjaudu sisään',
    username: 'Käyttäjätunnus tai sähköposti',
    password: 'Salasana',
    submit: 'Kirjaudu',
    failed: 'Käyttäjätunnus tai salasana on väärin.',
    throttled: 'Liian monta epäonnistunutta yritystä. Odota hetki ja yritä uudelleen.',
    municipality: 'Kunta',
    chooseMunicipality: 'Valitse kunta, jonka palveluun kirjaudut.',
    organization: 'Kirjaudu organisaation tunnuksella',
  },
  password: {
    title: 'Vaihda salasana',
    forced: 'Pääkäyttäjä on vaihtanut salasanasi. Vaihda salasana ennen kuin jatkat.',
    current: 'Nykyinen salasana',
    next: 'Uusi salasana',
    nextHint: 'Vähintään 12 merkkiä. Yleisimpiä salasanoja ei hyväksytä.',
    submit: 'Vaihda salasana',
    changed: 'Salasana on vaihdettu. Muut istuntosi on päätetty.',
    account: (name: string) => `${name}: vaihda salasana`,
  },
};

export type ShellMessages = typeof shell;
