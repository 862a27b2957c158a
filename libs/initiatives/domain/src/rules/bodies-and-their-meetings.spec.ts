import { BODY_KINDS, STATEMENT_BODY_KINDS, meetingBodyKind } from '../index';

// Domain § 1 and § 2, api.md `GET /api/bodies`: the kinds of body, and whose meeting records what.
describe('bodies and the meetings events are recorded from (domain § 1, § 2)', () => {
  it('has the four kinds of body api.md names', () => {
    expect(BODY_KINDS).toEqual(['council', 'board', 'committee', 'subcommittee']);
  });

  it('asks committees and subcommittees for statements', () => {
    expect(STATEMENT_BODY_KINDS).toEqual(['committee', 'subcommittee']);
  });

  it.each([
    ['FILE_INITIATIVE', 'council'],
    ['REFER_TO_BOARD', 'council'],
    ['RECORD_BOARD_DECISION', 'board'],
    ['RECORD_COUNCIL_DECISION', 'council'],
    ['CLOSE_VIA_ANNUAL_LIST', 'council'],
    ['DECLARE_LAPSED', 'council'],
    ['RECORD_STATEMENT', null],
    ['REQUEST_STATEMENT', null],
    ['WAIVE_STATEMENT', null],
    ['WITHDRAW', null],
  ] as const)('records %s from a meeting of the %s', (action, kind) => {
    expect(meetingBodyKind(action)).toBe(kind);
  });
});
