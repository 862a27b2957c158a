import {
  DEFAULT_PERMISSIONS,
  TEMPLATES,
  allowedEvents,
  authorize,
  type Actor,
  type RulePack,
} from '../index';
import { facts, play, referral, statementRequest, statement } from '../testing';

const registrar: Actor = { id: 'paula', roles: ['registrar'], bodyIds: [] };
const employmentSecretary: Actor = { id: 'milla', roles: ['committeeSecretary'], bodyIds: ['employment'] };
const educationSecretary: Actor = { id: 'eeva', roles: ['committeeSecretary'], bodyIds: ['education'] };
const councilStaff: Actor = { id: 'kaisa', roles: ['councilStaff'], bodyIds: [] };
const admin: Actor = { id: 'root', roles: ['admin'], bodyIds: [] };

// Played inside each test, not while Jest collects them: mutation testing then knows which tests reach what.
const twoRequests = () =>
  play(facts(), [
    referral('2026-02-02'),
    statementRequest('employment', '2026-02-10', '2026-04-30'),
    statementRequest('education', '2026-02-10', '2026-04-30'),
  ]);

describe('who may apply which event (domain § 5)', () => {
  it('gives the registrar everything but the committees’ statements', () => {
    expect(allowedEvents(twoRequests(), registrar, '2026-03-01')).toEqual([
      'REQUEST_STATEMENT',
      'WAIVE_STATEMENT',
      'REFER_FOR_MEASURES',
      'WITHDRAW',
    ]);
  });

  it('lets a committee secretary record only their own body’s statement', () => {
    expect(allowedEvents(twoRequests(), employmentSecretary, '2026-03-01')).toEqual(['RECORD_STATEMENT']);
    expect(authorize(employmentSecretary, statement('employment', '2026-03-01'), TEMPLATES.kajaani)).toEqual({
      ok: true,
    });
    expect(authorize(employmentSecretary, statement('education', '2026-03-01'), TEMPLATES.kajaani)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(authorize(educationSecretary, statement('education', '2026-03-01'), TEMPLATES.kajaani).ok).toBe(
      true,
    );
  });

  it('offers a secretary nothing when their body has no open request', () => {
    const onlyEducation = play(facts(), [
      referral('2026-02-02'),
      statementRequest('education', '2026-02-10', '2026-04-30'),
    ]);
    expect(allowedEvents(onlyEducation, employmentSecretary, '2026-03-01')).toEqual([]);
  });

  it('lets council staff and admins read but apply nothing', () => {
    expect(allowedEvents(twoRequests(), councilStaff, '2026-03-01')).toEqual([]);
    expect(allowedEvents(twoRequests(), admin, '2026-03-01')).toEqual([]);
  });

  it('combines roles held together', () => {
    const both: Actor = { id: 'x', roles: ['registrar', 'committeeSecretary'], bodyIds: ['education'] };
    expect(allowedEvents(twoRequests(), both, '2026-03-01')).toEqual([
      'REQUEST_STATEMENT',
      'RECORD_STATEMENT',
      'WAIVE_STATEMENT',
      'REFER_FOR_MEASURES',
      'WITHDRAW',
    ]);
  });

  it('can be overridden by a rule pack', () => {
    const registryRecordsStatements: RulePack = {
      ...TEMPLATES.kajaani,
      permissions: { ...DEFAULT_PERMISSIONS, RECORD_STATEMENT: ['committeeSecretary', 'registrar'] },
    };
    expect(authorize(registrar, statement('education', '2026-03-01'), registryRecordsStatements).ok).toBe(
      true,
    );
    expect(authorize(registrar, statement('education', '2026-03-01'), TEMPLATES.kajaani).ok).toBe(false);
  });
});
