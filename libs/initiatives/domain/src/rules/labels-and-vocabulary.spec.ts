import {
  BOARD_OUTCOMES,
  COUNCIL_OUTCOMES,
  DECISION_TYPES,
  DECISION_TYPE_LABELS_FI,
  EVENT_TYPES,
  FINAL_STATES,
  INITIATIVE_KINDS,
  INITIATIVE_STATES,
  ROLES,
  STATE_LABELS_FI,
  UUID_PATTERN,
  isFinal,
} from '../index';

// The names of domain § 2 and § 5 are fixed: the API, the database and the web app all speak them.
describe('the domain’s vocabulary (domain § 2, § 5)', () => {
  it('has the eight states with the Finnish labels of the specification', () => {
    expect(INITIATIVE_STATES.map((state) => [state, STATE_LABELS_FI[state]])).toEqual([
      ['registered', 'Jätetty'],
      ['boardPreparation', 'Kaupunginhallituksen valmistelussa'],
      ['awaitingStatements', 'Lausunnoilla'],
      ['councilConsideration', 'Valtuuston käsittelyssä'],
      ['answered', 'Vastattu'],
      ['closed', 'Loppuun käsitelty'],
      ['withdrawn', 'Peruttu'],
      ['lapsed', 'Rauennut'],
    ]);
  });

  it('treats closed, withdrawn and lapsed as final, and nothing else', () => {
    expect([...FINAL_STATES].sort()).toEqual(['closed', 'lapsed', 'withdrawn']);
    expect(INITIATIVE_STATES.filter(isFinal)).toEqual(['closed', 'withdrawn', 'lapsed']);
  });

  it('has the nine events of § 2 and the two of § 8.6, the decision types and the outcomes of § 2', () => {
    expect(EVENT_TYPES).toEqual([
      'REFER_TO_BOARD',
      'REQUEST_STATEMENT',
      'RECORD_STATEMENT',
      'RECORD_WRITTEN_STATEMENT',
      'WAIVE_STATEMENT',
      'REFER_FOR_MEASURES',
      'RECORD_BOARD_DECISION',
      'RECORD_COUNCIL_DECISION',
      'CLOSE_VIA_ANNUAL_LIST',
      'WITHDRAW',
      'DECLARE_LAPSED',
    ]);
    expect(DECISION_TYPES).toEqual(['asProposed', 'amended', 'afterVote', 'returned', 'tabled', 'noted']);
    expect(BOARD_OUTCOMES).toEqual(['proposeToCouncil', 'answerDirectly', 'returned', 'tabled']);
    expect(COUNCIL_OUTCOMES).toEqual(['closed', 'returned', 'tabled']);
    expect(INITIATIVE_KINDS).toEqual(['councillor', 'councilGroup', 'resident']);
    expect(ROLES).toEqual(['registrar', 'committeeSecretary', 'councilStaff', 'admin']);
  });

  it('labels every decision type in Finnish, returns and tablings in the glossary’s words', () => {
    const labels = DECISION_TYPES.map((type) => DECISION_TYPE_LABELS_FI[type]);
    expect(new Set(labels).size).toBe(DECISION_TYPES.length);
    for (const label of labels) expect(label.length).toBeGreaterThan(5);
    expect(DECISION_TYPE_LABELS_FI.returned).toContain('uudelleen valmisteltavaksi');
    expect(DECISION_TYPE_LABELS_FI.tabled).toContain('pöydälle');
  });
});

describe('ids as the API issues them', () => {
  it.each([
    ['0b5e8c1a-3f2d-4e6b-9a7c-1d2e3f4a5b6c', true],
    ['0B5E8C1A-3F2D-4E6B-9A7C-1D2E3F4A5B6C', true],
    ['01890a5d-ac96-774b-bcce-b302099a8057', true],
    ['0b5e8c1a3f2d4e6b9a7c1d2e3f4a5b6c', false],
    ['0b5e8c1a-3f2d-4e6b-9a7c-1d2e3f4a5b6', false],
    ['x0b5e8c1a-3f2d-4e6b-9a7c-1d2e3f4a5b6c', false],
    ['0b5e8c1a-3f2d-4e6b-9a7c-1d2e3f4a5b6cx', false],
    ['0b5e8c1g-3f2d-4e6b-9a7c-1d2e3f4a5b6c', false],
    ['0b5e8c1-a3f2d-4e6b-9a7c-1d2e3f4a5b6c', false],
    ['0b5e8c1a-3f2-d4e6b-9a7c-1d2e3f4a5b6c', false],
    ['0b5e8c1a-3f2d-4e6-b9a7c-1d2e3f4a5b6c', false],
    ['0b5e8c1a-3f2d-4e6b-9a7-c1d2e3f4a5b6c', false],
  ])('%s is an id: %s', (value, expected) => {
    expect(UUID_PATTERN.test(value)).toBe(expected);
  });
});
