import type { ShellMessages } from '../fi/shell';

export const shell: ShellMessages = {
  app: {
    name: 'Aloite',
    tagline: 'Council initiatives',
    languageName: 'In English',
    chooseLanguage: 'Choose language',
    skipToContent: 'Skip to content',
    signOut: 'Sign out',
  },
  nav: {
    label: 'Main menu',
    menu: 'Menu',
    dashboard: 'Overview',
    initiatives: 'Initiatives',
    annualList: 'Annual list',
    reminders: 'Reminders',
    newInitiative: 'File a new initiative',
  },
  common: {
    crashed: 'Something went wrong',
    crashedHint: 'The page could not be shown. Reload it; if the fault repeats, tell your administrator.',
    reload: 'Reload the page',
    loading: 'Loading…',
    errorTitle: 'Could not load the data',
    unreachable: 'The server could not be reached. Check the network and try again.',
    notFound: 'Page not found',
    notFoundHint: 'Check the address or go back to the front page.',
    close: 'Close',
    yes: 'Yes',
    no: 'No',
  },
  login: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Wrong username or password.',
    throttled: 'Too many failed attempts. Wait a moment and try again.',
    organization: 'Sign in with your organisation account',
  },
};
