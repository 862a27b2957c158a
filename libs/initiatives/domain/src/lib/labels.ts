import type { DecisionType, InitiativeState } from './types';

/** The states' Finnish names as domain.md gives them: what staff see and what Finnish documents print. */
export const STATE_LABELS_FI: Readonly<Record<InitiativeState, string>> = {
  registered: 'Jätetty',
  boardPreparation: 'Kaupunginhallituksen valmistelussa',
  awaitingStatements: 'Lausunnoilla',
  councilConsideration: 'Valtuuston käsittelyssä',
  answered: 'Vastattu',
  closed: 'Loppuun käsitelty',
  withdrawn: 'Peruttu',
  lapsed: 'Rauennut',
};

/** The states in Swedish, in the municipal vocabulary of domain.md § 7. */
export const STATE_LABELS_SV: Readonly<Record<InitiativeState, string>> = {
  registered: 'Inlämnad',
  boardPreparation: 'Under beredning i stadsstyrelsen',
  awaitingStatements: 'På remiss',
  councilConsideration: 'Under behandling i fullmäktige',
  answered: 'Besvarad',
  closed: 'Slutbehandlad',
  withdrawn: 'Återtagen',
  lapsed: 'Förfallen',
};

/** The states in English, for the staff app and exports in English. */
export const STATE_LABELS_EN: Readonly<Record<InitiativeState, string>> = {
  registered: 'Submitted',
  boardPreparation: 'In preparation at the city board',
  awaitingStatements: 'Awaiting statements',
  councilConsideration: 'Before the council',
  answered: 'Answered',
  closed: 'Fully handled',
  withdrawn: 'Withdrawn',
  lapsed: 'Lapsed',
};

export const DECISION_TYPE_LABELS_FI: Readonly<Record<DecisionType, string>> = {
  asProposed: 'Ehdotuksen mukaan',
  amended: 'Muutettuna',
  afterVote: 'Äänestyksen jälkeen',
  returned: 'Palautettiin uudelleen valmisteltavaksi',
  tabled: 'Pantiin pöydälle',
  noted: 'Merkittiin tiedoksi',
};
