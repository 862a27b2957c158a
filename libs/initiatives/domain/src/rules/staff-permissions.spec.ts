import { ADMINISTRATIVE_ACTIONS, TEMPLATES, mayAct, type Actor, type Role, type StaffAction } from '../index';
import { EVENTS } from '../model/lifecycle-model';

// Domain § 5 (roles) and api.md's "who" column: the whole permission table, lifecycle and administration.
// Filing and the lifecycle table's events, as the oracle lists them by hand (domain.md § 2).
const LIFECYCLE: StaffAction[] = ['FILE_INITIATIVE', ...EVENTS];
const ADMINISTRATION: StaffAction[] = [
  'MANAGE_ACCOUNTS',
  'MANAGE_BODIES',
  'EDIT_MUNICIPALITY',
  'RUN_REMINDERS',
  'READ_DOCUMENT_READS',
  'ADD_DOCUMENTS',
  'MANAGE_MEETINGS',
  'CORRECT_HANDLINGS',
  'LINK_INITIATIVES',
];
const EVERYTHING = [...LIFECYCLE, ...ADMINISTRATION];

const PERMITTED: Record<Role, StaffAction[]> = {
  registrar: [
    'FILE_INITIATIVE',
    'REFER_TO_BOARD',
    'REQUEST_STATEMENT',
    // Issue 16 (6): the registry records an office holder's written statement and refers for measures.
    'RECORD_WRITTEN_STATEMENT',
    'WAIVE_STATEMENT',
    'REFER_FOR_MEASURES',
    'RECORD_BOARD_DECISION',
    'RECORD_COUNCIL_DECISION',
    'CLOSE_VIA_ANNUAL_LIST',
    'WITHDRAW',
    'DECLARE_LAPSED',
    'RUN_REMINDERS',
    'ADD_DOCUMENTS',
    'MANAGE_MEETINGS',
    'CORRECT_HANDLINGS',
    'LINK_INITIATIVES',
  ],
  // api.md, meetings and corrections: "registrar, secretary of the body"; links: "registrar".
  committeeSecretary: ['RECORD_STATEMENT', 'ADD_DOCUMENTS', 'MANAGE_MEETINGS', 'CORRECT_HANDLINGS'],
  councilStaff: [],
  admin: ['MANAGE_ACCOUNTS', 'MANAGE_BODIES', 'EDIT_MUNICIPALITY', 'RUN_REMINDERS', 'READ_DOCUMENT_READS'],
};

const actor = (role: Role): Actor => ({ id: role, roles: [role], bodyIds: ['employment'] });

describe('who may do what (domain § 5, api.md)', () => {
  it('names every administrative action', () => {
    expect([...ADMINISTRATIVE_ACTIONS].sort()).toEqual([...ADMINISTRATION].sort());
  });

  it.each(Object.entries(PERMITTED))(
    'lets the %s do exactly this, for a body they serve',
    (role, actions) => {
      const permitted = EVERYTHING.filter((action) =>
        mayAct(actor(role as Role), action, TEMPLATES.kajaani, 'employment'),
      );
      expect(permitted).toEqual(actions);
    },
  );

  it('scopes a committee secretary to the bodies they serve, and no other role', () => {
    const secretary = actor('committeeSecretary');
    expect(mayAct(secretary, 'RECORD_STATEMENT', TEMPLATES.kajaani, 'education')).toBe(false);
    expect(mayAct(secretary, 'ADD_DOCUMENTS', null, 'education')).toBe(false);
    expect(mayAct(secretary, 'ADD_DOCUMENTS', null, null)).toBe(false);
    expect(mayAct(actor('registrar'), 'ADD_DOCUMENTS', null, null)).toBe(true);
    expect(mayAct(actor('registrar'), 'ADD_DOCUMENTS', null, 'education')).toBe(true);
  });

  it('grants lifecycle actions only through a rule pack', () => {
    expect(mayAct(actor('registrar'), 'FILE_INITIATIVE', null)).toBe(false);
    expect(mayAct(actor('admin'), 'MANAGE_BODIES', null)).toBe(true);
  });

  it('adds up the roles held together', () => {
    const both: Actor = { id: 'x', roles: ['registrar', 'admin'], bodyIds: [] };
    expect(EVERYTHING.filter((action) => mayAct(both, action, TEMPLATES.kajaani))).toEqual(
      EVERYTHING.filter((action) => PERMITTED.registrar.includes(action) || PERMITTED.admin.includes(action)),
    );
  });
});
