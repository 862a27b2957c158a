import {
  DEFAULT_TEMPLATE,
  RULE_PACK_IDS,
  TEMPLATES,
  citation,
  deadlineRuleText,
  mayAct,
  referralSentence,
  type Action,
  type Actor,
  type Role,
} from '../index';

const COUNCILLORS = ['councillor', 'councilGroup'];

// Domain § 4 and § 9: one rule pack per municipality, as data; the four cities and the neutral kunta are the
// templates an administrator starts from. The expected values are the specification's table.
describe('the rule-pack templates (domain § 4, § 9)', () => {
  it('names each municipality in Finnish and Swedish, with Kajaani as the default', () => {
    expect(RULE_PACK_IDS.map((id) => TEMPLATES[id].municipality)).toEqual([
      { fi: 'Kajaani', sv: 'Kajana' },
      { fi: 'Espoo', sv: 'Esbo' },
      { fi: 'Helsinki', sv: 'Helsingfors' },
      { fi: 'Turku', sv: 'Åbo' },
      { fi: 'Kunta', sv: 'Kommunen' },
    ]);
    expect(RULE_PACK_IDS.map((id) => TEMPLATES[id].template)).toEqual([...RULE_PACK_IDS]);
    expect(DEFAULT_TEMPLATE).toBe('kajaani');
  });

  it('gives the cities kaupunginvaltuusto and -hallitus, the neutral template kunnanvaltuusto and -hallitus', () => {
    for (const id of ['kajaani', 'espoo', 'helsinki', 'turku'] as const) {
      expect(TEMPLATES[id].council).toEqual({ fi: 'Kaupunginvaltuusto', sv: 'Stadsfullmäktige' });
      expect(TEMPLATES[id].board).toEqual({ fi: 'Kaupunginhallitus', sv: 'Stadsstyrelsen' });
    }
    expect(TEMPLATES.kunta.council).toEqual({ fi: 'Kunnanvaltuusto', sv: 'Kommunfullmäktige' });
    expect(TEMPLATES.kunta.board).toEqual({ fi: 'Kunnanhallitus', sv: 'Kommunstyrelsen' });
  });

  it('has Kajaani’s annual list due on 31.3. under HS 119 §, Turku’s under HS 131 §', () => {
    expect(TEMPLATES.kajaani.annualList).toEqual({ dueMonth: 3, dueDay: 31, section: 119 });
    expect(citation(TEMPLATES.kajaani, TEMPLATES.kajaani.annualList.section, 'fi')).toBe(
      'Kajaanin hallintosääntö 119 §',
    );
    expect(citation(TEMPLATES.turku, TEMPLATES.turku.annualList.section, 'fi')).toBe(
      'Turun hallintosääntö 131 §',
    );
    expect(citation(TEMPLATES.turku, TEMPLATES.turku.annualList.section, 'sv')).toBe(
      'Åbo stads förvaltningsstadga 131 §',
    );
    for (const id of RULE_PACK_IDS) {
      expect(citation(TEMPLATES[id], TEMPLATES[id].annualList.section, 'fi')).toMatch(/hallintosääntö/i);
      expect(citation(TEMPLATES[id], TEMPLATES[id].annualList.section, 'sv')).toMatch(/förvaltningsstadga/i);
    }
  });

  it('refers a Kajaani initiative to the board under HS 119 §, and cites nothing where the pack has no §', () => {
    expect(referralSentence(TEMPLATES.kajaani, 'decision', 'fi')).toBe(
      'Valtuustoaloite lähetettiin kaupungin hallintosäännön 119 §:n mukaisesti kaupunginhallitukselle valmisteltavaksi.',
    );
    expect(referralSentence(TEMPLATES.helsinki, 'decision', 'fi')).toBe(
      'Valtuustoaloite lähetettiin kaupunginhallitukselle valmisteltavaksi.',
    );
    expect(referralSentence(TEMPLATES.kunta, 'decision', 'fi')).toBe(
      'Valtuustoaloite lähetettiin kunnanhallitukselle valmisteltavaksi.',
    );
  });

  it('allows direct answers only in Espoo (1–13 signers) and Helsinki (under 25)', () => {
    for (const id of ['kajaani', 'turku', 'kunta'] as const) expect(TEMPLATES[id].directAnswer).toEqual([]);
    expect(TEMPLATES.espoo.directAnswer).toEqual([
      { minSignatories: 1, maxSignatories: 13, financialEffect: 'any', kinds: COUNCILLORS, section: null },
    ]);
    expect(TEMPLATES.helsinki.directAnswer).toEqual([
      { minSignatories: 1, maxSignatories: 24, financialEffect: 'any', kinds: COUNCILLORS, section: null },
    ]);
  });

  it('gives Espoo a council deadline (14+ signers, no financial effect) and an answer deadline (1–13), six months each', () => {
    const [council, answer] = TEMPLATES.espoo.deadlines;
    expect(TEMPLATES.espoo.deadlines).toEqual([
      {
        kind: 'council',
        minSignatories: 14,
        maxSignatories: null,
        financialEffect: 'without',
        kinds: COUNCILLORS,
        months: 6,
        section: null,
      },
      {
        kind: 'answer',
        minSignatories: 1,
        maxSignatories: 13,
        financialEffect: 'any',
        kinds: COUNCILLORS,
        months: 6,
        section: null,
      },
    ]);
    expect(council && deadlineRuleText(TEMPLATES.espoo, council, 'fi')).toBe(
      'Espoon hallintosääntö: vähintään 14 allekirjoittajaa, ei taloudellisia vaikutuksia, valtuuston käsittelyyn 6 kk:ssa',
    );
    expect(answer && deadlineRuleText(TEMPLATES.espoo, answer, 'fi')).toBe(
      'Espoon hallintosääntö: 1–13 allekirjoittajaa, kirjallinen vastaus 6 kk:ssa',
    );
    expect(answer && deadlineRuleText(TEMPLATES.espoo, answer, 'sv')).toBe(
      'Esbo stads förvaltningsstadga: 1–13 undertecknare, skriftligt svar inom 6 mån.',
    );
    for (const id of ['kajaani', 'helsinki', 'turku', 'kunta'] as const) {
      expect(TEMPLATES[id].deadlines).toEqual([]);
    }
  });

  it('lets initiatives lapse after four years in Turku only, measured at the end of the year before the list (HS 131 §)', () => {
    expect(TEMPLATES.turku.lapse).toEqual({ years: 4, measuredAt: 'endOfYearBeforeList', section: 131 });
    for (const id of ['kajaani', 'espoo', 'helsinki', 'kunta'] as const)
      expect(TEMPLATES[id].lapse).toBeNull();
  });
});

// Domain § 5: the registrar files, records board and council handlings, requests and waives statements, withdraws
// and runs the annual list; a committee secretary records statements; council staff and admins apply no event.
const REGISTRAR_ACTIONS: Action[] = [
  'FILE_INITIATIVE',
  'REFER_TO_BOARD',
  'REQUEST_STATEMENT',
  'WAIVE_STATEMENT',
  'RECORD_BOARD_DECISION',
  'RECORD_COUNCIL_DECISION',
  'CLOSE_VIA_ANNUAL_LIST',
  'WITHDRAW',
  'DECLARE_LAPSED',
];
const ALL_ACTIONS: Action[] = [...REGISTRAR_ACTIONS, 'RECORD_STATEMENT'];
const ACTIONS_OF: Record<Role, Action[]> = {
  registrar: REGISTRAR_ACTIONS,
  committeeSecretary: ['RECORD_STATEMENT'],
  councilStaff: [],
  admin: [],
};

describe('which role may fire which event, in every rule pack (domain § 5)', () => {
  describe.each(RULE_PACK_IDS)('%s', (id) => {
    it.each(Object.entries(ACTIONS_OF))('%s', (role, actions) => {
      const actor: Actor = { id: 'someone', roles: [role as Role], bodyIds: ['employment'] };
      const permitted = ALL_ACTIONS.filter((action) => mayAct(actor, action, TEMPLATES[id]));
      expect(permitted.sort()).toEqual([...actions].sort());
    });
  });
});
