import { handlingOf, type Handling, type InitiativeEvent } from '../index';

// Domain § 2: every event with a meeting appends a handling (body, date, §, preparers, presenter, proposal,
// decision, decision type); events without a meeting append none.
const council = { bodyId: 'council', date: '2026-06-15', section: 64 };
const board = { bodyId: 'board', date: '2026-06-01', section: 201 };
const employment = { bodyId: 'employment', date: '2026-05-20', section: 16 };
const tikkanen = { name: 'Milla Tikkanen', title: 'Työllisyys- ja kansainvälisyyspäällikkö' };

const nothingRecorded = {
  preparers: [],
  presenter: null,
  proposal: null,
  decision: null,
  statementBodyId: null,
  responseText: null,
  resolutions: [],
};

const cases: [string, InitiativeEvent, Handling][] = [
  [
    'a bare referral, decided as proposed',
    { type: 'REFER_TO_BOARD', meeting: council },
    { event: 'REFER_TO_BOARD', ...council, ...nothingRecorded, decisionType: 'asProposed' },
  ],
  [
    'a referral with its texts',
    {
      type: 'REFER_TO_BOARD',
      meeting: council,
      proposal: 'Lähetetään.',
      decision: 'Lähetettiin.',
      decisionType: 'amended',
    },
    {
      event: 'REFER_TO_BOARD',
      ...council,
      ...nothingRecorded,
      proposal: 'Lähetetään.',
      decision: 'Lähetettiin.',
      decisionType: 'amended',
    },
  ],
  [
    'a statement, answering its own body’s request',
    {
      type: 'RECORD_STATEMENT',
      bodyId: 'employment',
      meeting: employment,
      preparers: [tikkanen],
      presenter: 'Milla Tikkanen',
      proposal: 'Jaosto esittää.',
      decision: 'Hyväksyttiin.',
      decisionType: 'asProposed',
      responseText: 'Vastine.',
    },
    {
      event: 'RECORD_STATEMENT',
      ...employment,
      ...nothingRecorded,
      preparers: [tikkanen],
      presenter: 'Milla Tikkanen',
      proposal: 'Jaosto esittää.',
      decision: 'Hyväksyttiin.',
      decisionType: 'asProposed',
      statementBodyId: 'employment',
      responseText: 'Vastine.',
    },
  ],
  [
    'a statement without preparers',
    {
      type: 'RECORD_STATEMENT',
      bodyId: 'employment',
      meeting: employment,
      presenter: 'P',
      proposal: 'E',
      decision: 'D',
      decisionType: 'tabled',
      responseText: '',
    },
    {
      event: 'RECORD_STATEMENT',
      ...employment,
      ...nothingRecorded,
      presenter: 'P',
      proposal: 'E',
      decision: 'D',
      decisionType: 'tabled',
      statementBodyId: 'employment',
      responseText: '',
    },
  ],
  [
    'a board decision with preparers and presenter',
    {
      type: 'RECORD_BOARD_DECISION',
      meeting: board,
      preparers: [tikkanen],
      presenter: 'Kaupunginjohtaja',
      proposal: 'Esitetään valtuustolle.',
      decision: 'Hyväksyttiin.',
      decisionType: 'afterVote',
      outcome: 'proposeToCouncil',
    },
    {
      event: 'RECORD_BOARD_DECISION',
      ...board,
      ...nothingRecorded,
      preparers: [tikkanen],
      presenter: 'Kaupunginjohtaja',
      proposal: 'Esitetään valtuustolle.',
      decision: 'Hyväksyttiin.',
      decisionType: 'afterVote',
    },
  ],
  [
    'a board tabling without preparers or presenter',
    {
      type: 'RECORD_BOARD_DECISION',
      meeting: board,
      proposal: 'Esitetään.',
      decision: 'Pantiin pöydälle.',
      decisionType: 'tabled',
      outcome: 'tabled',
    },
    {
      event: 'RECORD_BOARD_DECISION',
      ...board,
      ...nothingRecorded,
      proposal: 'Esitetään.',
      decision: 'Pantiin pöydälle.',
      decisionType: 'tabled',
    },
  ],
  [
    'a council closure with a resolution',
    {
      type: 'RECORD_COUNCIL_DECISION',
      meeting: council,
      presenter: 'Puheenjohtaja',
      proposal: 'Todetaan loppuun käsitellyksi.',
      decision: 'Todettiin.',
      decisionType: 'asProposed',
      outcome: 'closed',
      resolutions: ['Selvitetään vuoden kuluessa.'],
    },
    {
      event: 'RECORD_COUNCIL_DECISION',
      ...council,
      ...nothingRecorded,
      presenter: 'Puheenjohtaja',
      proposal: 'Todetaan loppuun käsitellyksi.',
      decision: 'Todettiin.',
      decisionType: 'asProposed',
      resolutions: ['Selvitetään vuoden kuluessa.'],
    },
  ],
  [
    'a council return without presenter or proposal',
    {
      type: 'RECORD_COUNCIL_DECISION',
      meeting: council,
      decision: 'Palautettiin.',
      decisionType: 'returned',
      outcome: 'returned',
      resolutions: [],
    },
    {
      event: 'RECORD_COUNCIL_DECISION',
      ...council,
      ...nothingRecorded,
      decision: 'Palautettiin.',
      decisionType: 'returned',
    },
  ],
  [
    'an annual-list closure',
    { type: 'CLOSE_VIA_ANNUAL_LIST', meeting: council, annualListId: 'list-2026', listYear: 2026 },
    { event: 'CLOSE_VIA_ANNUAL_LIST', ...council, ...nothingRecorded, decisionType: 'asProposed' },
  ],
  [
    'a lapse',
    { type: 'DECLARE_LAPSED', meeting: council },
    { event: 'DECLARE_LAPSED', ...council, ...nothingRecorded, decisionType: 'asProposed' },
  ],
];

describe('the handling each event appends to the timeline (domain § 2)', () => {
  it.each(cases)('%s', (_name, event, expected) => {
    expect(handlingOf(event)).toEqual(expected);
  });

  it.each<InitiativeEvent>([
    {
      type: 'REQUEST_STATEMENT',
      bodyId: 'employment',
      date: '2026-04-08',
      dueDate: '2026-05-31',
      preparers: [],
    },
    { type: 'WAIVE_STATEMENT', bodyId: 'employment', date: '2026-06-01', reason: 'Myöhässä.' },
    { type: 'WITHDRAW', date: '2026-06-01', requestedBy: 'Juha Urpilainen' },
  ])('appends none for $type, which has no meeting', (event) => {
    expect(handlingOf(event)).toBeNull();
  });
});
