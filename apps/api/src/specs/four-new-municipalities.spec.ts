import { ok } from '../testing/committee-meetings';
import {
  CONFIGURED_FROM,
  JARVENPAA,
  MIKKELI,
  PORVOO,
  TUUSULA,
  configuredMunicipality,
  type NewMunicipalityCase,
} from '../testing/four-new-municipalities';
import { fileInitiative, type NewMunicipality } from '../testing/municipality-from-template';
import { startTestApp, type TestApp } from '../testing/test-app';

// Issue 17: four municipalities the product has no code for, configured through the API alone; their diary
// numbers, deadlines, minutes texts and annual lists come out as their rules say (domain §§ 3, 9).

/** One signer, no financial effect, mid-month. */
const FIRST = { title: 'Valtuustoaloite kirjaston aukioloajoista', submittedOn: '2025-03-14' };
/** Eight signers and a financial effect, on a month's last day: six months on falls on 28.2. */
const SECOND = {
  title: 'Valtuustoaloite uimahallin peruskorjauksesta',
  submittedOn: '2025-08-31',
  signatoryCount: 8,
  hasFinancialEffect: true,
};
/** The council refers the first to the board. */
const REFERRAL = { date: '2025-04-07', section: 23 };

interface Due {
  kind: string;
  dueDate: string;
}

interface Expected {
  languages: [string, string | null];
  bodies: { kind: string; name: string; nameSv: string | null }[];
  diaryNumbers: [string, string];
  /** Each initiative's deadlines: the filing day plus the months (or days) of the rule that takes it in. */
  deadlines: [Due[], Due[]];
  /** The body heading the referral's paragraph, and what its decision says. */
  council: string;
  referral: string;
  list: { dueDate: string; rule: string; board: string };
}

const KAUPUNKI_BODIES = [
  { kind: 'council', name: 'Kaupunginvaltuusto', nameSv: 'Stadsfullmäktige' },
  { kind: 'board', name: 'Kaupunginhallitus', nameSv: 'Stadsstyrelsen' },
];

const CASES: [NewMunicipalityCase, Expected][] = [
  [
    TUUSULA,
    {
      languages: ['fi', null],
      bodies: [
        { kind: 'council', name: 'Kunnanvaltuusto', nameSv: 'Kommunfullmäktige' },
        { kind: 'board', name: 'Kunnanhallitus', nameSv: 'Kommunstyrelsen' },
      ],
      diaryNumbers: ['TUU-2025-0001', 'TUU-2025-0002'],
      deadlines: [
        [
          { kind: 'acknowledgement', dueDate: '2025-04-13' },
          { kind: 'council', dueDate: '2025-09-14' },
        ],
        [
          { kind: 'acknowledgement', dueDate: '2025-09-30' },
          { kind: 'council', dueDate: '2026-02-28' },
        ],
      ],
      council: 'Kunnanvaltuusto',
      referral: 'kunnan hallintosäännön 134 §:n mukaisesti kunnanhallitukselle',
      list: { dueDate: '2026-03-31', rule: 'Tuusulan kunnan hallintosääntö 134 §', board: 'Kunnanhallitus' },
    },
  ],
  [
    JARVENPAA,
    {
      languages: ['fi', null],
      bodies: KAUPUNKI_BODIES,
      diaryNumbers: ['JPA/2025/1', 'JPA/2025/2'],
      deadlines: [[{ kind: 'council', dueDate: '2026-03-14' }], [{ kind: 'council', dueDate: '2026-08-31' }]],
      council: 'Kaupunginvaltuusto',
      referral: 'kaupungin hallintosäännön 98 §:n mukaisesti kaupunginhallitukselle',
      list: {
        dueDate: '2026-04-30',
        rule: 'Järvenpään kaupungin hallintosääntö 98 §',
        board: 'Kaupunginhallitus',
      },
    },
  ],
  [
    MIKKELI,
    {
      languages: ['fi', null],
      bodies: KAUPUNKI_BODIES,
      diaryNumbers: ['MLI-001/2025', 'MLI-002/2025'],
      deadlines: [[{ kind: 'answer', dueDate: '2025-06-14' }], [{ kind: 'council', dueDate: '2026-08-31' }]],
      council: 'Kaupunginvaltuusto',
      referral: 'kaupungin hallintosäännön 140 §:n mukaisesti kaupunginhallitukselle',
      list: {
        dueDate: '2026-05-31',
        rule: 'Mikkelin kaupungin hallintosääntö 140 §',
        board: 'Kaupunginhallitus',
      },
    },
  ],
  [
    PORVOO,
    {
      languages: ['fi', 'sv'],
      bodies: [
        ...KAUPUNKI_BODIES,
        {
          kind: 'committee',
          name: 'Kasvatus- ja opetuslautakunta',
          nameSv: 'Nämnden för fostran och utbildning',
        },
      ],
      diaryNumbers: ['PRV/2025/001', 'PRV/2025/002'],
      deadlines: [[{ kind: 'council', dueDate: '2025-09-14' }], [{ kind: 'council', dueDate: '2026-05-31' }]],
      council: 'Kaupunginvaltuusto',
      referral: 'kaupungin hallintosäännön 31 §:n mukaisesti kaupunginhallitukselle',
      list: {
        dueDate: '2026-10-31',
        rule: 'Porvoon kaupungin hallintosääntö 31 §',
        board: 'Kaupunginhallitus',
      },
    },
  ],
];

const byKind = (a: Due, b: Due) => a.kind.localeCompare(b.kind);

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp('2026-05-21');
});
afterAll(() => api.close());

describe.each(CASES.map(([setup, expected]) => ({ name: setup.name, setup, expected })))(
  '$name, configured through the API alone',
  ({ setup, expected }) => {
    let municipality: NewMunicipality;
    const filed: { id: string; diaryNumber: string; deadlines: (Due & { rule: string | null })[] }[] = [];
    beforeAll(async () => {
      municipality = await configuredMunicipality(api, setup);
      const { registrar, council } = municipality;
      for (const filing of [FIRST, SECOND])
        filed.push(await ok(fileInitiative(registrar, council, filing), 201));
      await ok(
        registrar('POST', `/api/initiatives/${filed[0].id}/events`, {
          type: 'REFER_TO_BOARD',
          meeting: { bodyId: council, ...REFERRAL },
        }),
      );
    });

    it('keeps what its administrator set: names, languages, bodies in both languages and the version', async () => {
      const { admin } = municipality;
      expect(await ok(admin('GET', '/api/municipality'))).toMatchObject({
        name: setup.name,
        diaryPrefix: setup.diaryPrefix,
        language: expected.languages[0],
        secondLanguage: expected.languages[1],
        rulePackValidFrom: CONFIGURED_FROM,
      });
      const bodies = (await ok(admin('GET', '/api/bodies'))) as Expected['bodies'];
      expect(bodies.map(({ kind, name, nameSv }) => ({ kind, name, nameSv }))).toEqual(
        expect.arrayContaining(expected.bodies),
      );
      expect(bodies).toHaveLength(expected.bodies.length);
      const versions = (await ok(admin('GET', '/api/municipality/rule-packs'))) as { rules: object }[];
      expect(versions.map(({ rules }) => rules)).toEqual([
        expect.any(Object),
        expect.objectContaining({ ...setup.rules, validFrom: CONFIGURED_FROM }),
      ]);
    });

    it('draws the diary numbers by its template, zero-padded where the template says', () => {
      expect(filed.map((initiative) => initiative.diaryNumber)).toEqual(expected.diaryNumbers);
    });

    it('gives each initiative the deadlines of its rules, citing them', () => {
      filed.forEach((initiative, index) => {
        const dues = initiative.deadlines.map(({ kind, dueDate }) => ({ kind, dueDate }));
        expect(dues.sort(byKind)).toEqual([...expected.deadlines[index]].sort(byKind));
        for (const { kind, rule } of initiative.deadlines) {
          if (kind !== 'acknowledgement') expect(rule).toContain(`${expected.list.rule}:`);
        }
      });
    });

    it('writes the council’s referral in the minutes in its own words, citing its own §', async () => {
      const { registrar } = municipality;
      const initiative = await ok(registrar('GET', `/api/initiatives/${filed[0].id}`));
      const referral = (initiative.handlings as { seq: number; event: string }[]).find(
        (handling) => handling.event === 'REFER_TO_BOARD',
      );
      const { text } = await ok(
        registrar('GET', `/api/initiatives/${filed[0].id}/handlings/${referral?.seq}/minutes`),
      );
      const heading = `${expected.council}, 07.04.2025, § 23\n\n${FIRST.title}\n\n${expected.diaryNumbers[0]}`;
      expect(text.slice(0, heading.length)).toBe(heading);
      expect(text).toContain(`Valtuustoaloite lähetettiin ${expected.referral} valmisteltavaksi.`);
    });

    it('lists both open initiatives for its board to propose by its own due day, citing its rules', async () => {
      const list = await ok(municipality.registrar('GET', '/api/annual-lists/2026'));
      expect(list).toMatchObject({
        municipality: setup.name,
        dueDate: expected.list.dueDate,
        rule: expected.list.rule,
        lapseRule: null,
      });
      const proposer = `${expected.list.board} esittää valtuustolle`;
      expect(list.proposal.slice(0, proposer.length)).toBe(proposer);
      expect(list.proposal).toContain(`kuntalaki 23 §, ${expected.list.rule}`);
      expect(list.items.map((item: { id: string }) => item.id)).toEqual(filed.map(({ id }) => id));
    });
  },
);
