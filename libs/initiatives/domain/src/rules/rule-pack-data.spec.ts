import {
  DEFAULT_RULE_PACK,
  RULE_PACKS,
  RULE_PACK_IDS,
  mayAct,
  referralSentence,
  type Action,
  type Actor,
  type Role,
} from '../index';

// Domain § 4: one rule pack per municipality, as data. The expected values are the specification's table.
describe('the four municipalities’ rule packs (domain § 4)', () => {
  it('names each municipality, with Kajaani as the default', () => {
    expect(RULE_PACK_IDS.map((id) => RULE_PACKS[id].municipality)).toEqual([
      'Kajaani',
      'Espoo',
      'Helsinki',
      'Turku',
    ]);
    expect(RULE_PACK_IDS.map((id) => RULE_PACKS[id].id)).toEqual([...RULE_PACK_IDS]);
    expect(DEFAULT_RULE_PACK).toBe('kajaani');
  });

  it('has Kajaani’s annual list due on 31.3. under HS 119 §, Turku’s under HS 131 §', () => {
    expect(RULE_PACKS.kajaani.annualList).toEqual({
      dueMonth: 3,
      dueDay: 31,
      rule: expect.stringContaining('119 §'),
    });
    expect(RULE_PACKS.turku.annualList.rule).toContain('131 §');
    for (const id of RULE_PACK_IDS) expect(RULE_PACKS[id].annualList.rule).toContain('hallintosääntö');
  });

  it('refers a Kajaani initiative to the board under HS 119 §, and cites nothing where the pack has no §', () => {
    expect(referralSentence(RULE_PACKS.kajaani, 'decision')).toBe(
      'Valtuustoaloite lähetettiin kaupungin hallintosäännön 119 §:n mukaisesti kaupunginhallitukselle valmisteltavaksi.',
    );
    expect(referralSentence(RULE_PACKS.helsinki, 'decision')).toBe(
      'Valtuustoaloite lähetettiin kaupunginhallitukselle valmisteltavaksi.',
    );
  });

  it('allows direct answers only in Espoo (1–13 signers) and Helsinki (under 25)', () => {
    expect(RULE_PACKS.kajaani.directAnswer).toBeNull();
    expect(RULE_PACKS.turku.directAnswer).toBeNull();
    expect(RULE_PACKS.espoo.directAnswer).toEqual({
      maxSignatories: 13,
      rule: expect.stringContaining('1–13'),
    });
    expect(RULE_PACKS.helsinki.directAnswer).toEqual({
      maxSignatories: 24,
      rule: expect.stringContaining('25'),
    });
  });

  it('gives Espoo its two six-month deadlines and the others none', () => {
    expect(RULE_PACKS.espoo.councilDeadlines).toEqual([
      {
        minSignatories: 14,
        maxSignatories: null,
        onlyWithoutFinancialEffect: true,
        months: 6,
        rule: expect.stringMatching(/14 allekirjoittajaa.*6 kk/),
      },
      {
        minSignatories: 1,
        maxSignatories: 13,
        onlyWithoutFinancialEffect: false,
        months: 6,
        rule: expect.stringMatching(/1–13 allekirjoittajaa.*6 kk/),
      },
    ]);
    for (const id of ['kajaani', 'helsinki', 'turku'] as const) {
      expect(RULE_PACKS[id].councilDeadlines).toEqual([]);
    }
  });

  it('lets initiatives lapse after four years in Turku only (HS 131 §)', () => {
    expect(RULE_PACKS.turku.lapse).toEqual({ years: 4, rule: expect.stringContaining('131 §') });
    for (const id of ['kajaani', 'espoo', 'helsinki'] as const) expect(RULE_PACKS[id].lapse).toBeNull();
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
      const permitted = ALL_ACTIONS.filter((action) => mayAct(actor, action, RULE_PACKS[id]));
      expect(permitted.sort()).toEqual([...actions].sort());
    });
  });
});
