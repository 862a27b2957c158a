import {
  agendaDecisionEvent,
  agendaEventFor,
  decisionDateBounds,
  decisionRefusal,
  isProposalDraft,
  isWithinBound,
  mayAddItems,
  mayDecideAs,
  mayMoveMeeting,
  meetingStatusAfter,
  minutesCheckedBounds,
  type AgendaItemFacts,
  type BodyKind,
  type InitiativeState,
  type MeetingStatus,
  type MeetingStep,
} from '../index';

// Domain § 8 (meetings, agendas and the record) and issue 16, written out by hand as the oracle.

const STATUSES: MeetingStatus[] = ['planned', 'agendaPublished', 'held', 'minutesChecked', 'cancelled'];

describe('a meeting’s status (domain § 8.1)', () => {
  // planned → agendaPublished → held → minutesChecked; a planned meeting is cancelled; decisions make it held.
  const NEXT: Record<MeetingStep, Record<MeetingStatus, MeetingStatus | null>> = {
    publishAgenda: {
      planned: 'agendaPublished',
      agendaPublished: null,
      held: null,
      minutesChecked: null,
      cancelled: null,
    },
    hold: { planned: 'held', agendaPublished: 'held', held: 'held', minutesChecked: null, cancelled: null },
    checkMinutes: {
      planned: null,
      agendaPublished: null,
      held: 'minutesChecked',
      minutesChecked: null,
      cancelled: null,
    },
    cancel: {
      planned: 'cancelled',
      agendaPublished: 'cancelled',
      held: null,
      minutesChecked: null,
      cancelled: null,
    },
  };

  it.each(Object.keys(NEXT) as MeetingStep[])('moves forward only: %s', (step) => {
    expect(STATUSES.map((status) => meetingStatusAfter(status, step))).toEqual(
      STATUSES.map((status) => NEXT[step][status]),
    );
  });

  it('moves the date only while planned, and takes the proposal as a draft only then', () => {
    expect(STATUSES.filter(mayMoveMeeting)).toEqual(['planned']);
    expect(STATUSES.filter(isProposalDraft)).toEqual(['planned']);
  });

  it('takes new items until the meeting is held (a supplementary agenda)', () => {
    expect(STATUSES.filter(mayAddItems)).toEqual(['planned', 'agendaPublished']);
  });
});

describe('when a decision may be recorded (domain § 8.3)', () => {
  it('after the meeting, never on a cancelled one or one whose minutes are checked', () => {
    const on = (status: MeetingStatus, date: string) => decisionRefusal({ status, date }, '2026-05-21');
    expect(on('planned', '2026-06-10')).toBe('MEETING_NOT_YET_HELD');
    expect(on('agendaPublished', '2026-05-22')).toBe('MEETING_NOT_YET_HELD');
    expect(on('agendaPublished', '2026-05-21')).toBeNull();
    expect(on('planned', '2026-05-20')).toBeNull();
    expect(on('held', '2026-05-20')).toBeNull();
    expect(on('cancelled', '2026-05-20')).toBe('MEETING_CANCELLED');
    expect(on('minutesChecked', '2026-05-20')).toBe('MINUTES_ALREADY_CHECKED');
  });

  it('dated from the meeting’s day to today, both included', () => {
    const allowed = (date: string) =>
      decisionDateBounds('2026-05-20', date, '2026-05-21').every(isWithinBound);
    expect(['2026-05-19', '2026-05-20', '2026-05-21', '2026-05-22'].map(allowed)).toEqual([
      false,
      true,
      true,
      false,
    ]);
    const checked = (date: string) =>
      minutesCheckedBounds('2026-05-20', date, '2026-05-27').every(isWithinBound);
    expect(['2026-05-19', '2026-05-20', '2026-05-27', '2026-05-28'].map(checked)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('what a body’s meeting decides on an initiative (domain §§ 1–2)', () => {
  const cases: [BodyKind, InitiativeState, string | null][] = [
    ['council', 'registered', 'REFER_TO_BOARD'],
    ['council', 'councilConsideration', 'RECORD_COUNCIL_DECISION'],
    ['council', 'boardPreparation', null],
    ['council', 'closed', null],
    ['board', 'boardPreparation', 'RECORD_BOARD_DECISION'],
    ['board', 'awaitingStatements', 'RECORD_BOARD_DECISION'],
    ['board', 'registered', null],
    ['board', 'councilConsideration', null],
    ['committee', 'awaitingStatements', 'RECORD_STATEMENT'],
    ['subcommittee', 'awaitingStatements', 'RECORD_STATEMENT'],
    ['subcommittee', 'boardPreparation', null],
    ['committee', 'withdrawn', null],
  ];
  it.each(cases)('the %s, for an initiative %s: %s', (kind, state, event) => {
    expect(agendaEventFor(kind, state)).toBe(event);
  });

  it('refers only by deciding so: a referral is not returned or tabled', () => {
    expect(mayDecideAs('REFER_TO_BOARD', 'asProposed')).toBe(true);
    expect(mayDecideAs('REFER_TO_BOARD', 'tabled')).toBe(false);
    expect(mayDecideAs('REFER_TO_BOARD', 'returned')).toBe(false);
    expect(mayDecideAs('RECORD_STATEMENT', 'tabled')).toBe(true);
  });
});

describe('the event a meeting’s decision records (domain § 8.3: the same as entered directly)', () => {
  const item: AgendaItemFacts = {
    bodyId: 'employment',
    section: 16,
    preparers: [{ name: 'Milla Tikkanen', title: 'Työllisyys- ja kansainvälisyyspäällikkö' }],
    presenter: { name: 'Milla Tikkanen', title: 'Työllisyys- ja kansainvälisyyspäällikkö' },
    proposal: 'Jaosto antaa vastineen.',
    responseText: 'Vastine.',
    answerDirectly: false,
  };
  const decided = { date: '2026-05-20', decision: 'Hyväksyttiin.', resolutions: [], responseText: null };

  it('a committee’s statement at the item’s meeting and §, with the agenda’s presenter and statement', () => {
    expect(agendaDecisionEvent('RECORD_STATEMENT', item, { ...decided, decisionType: 'asProposed' })).toEqual(
      {
        type: 'RECORD_STATEMENT',
        bodyId: 'employment',
        meeting: { bodyId: 'employment', date: '2026-05-20', section: 16 },
        preparers: item.preparers,
        presenter: 'Milla Tikkanen, Työllisyys- ja kansainvälisyyspäällikkö',
        proposal: 'Jaosto antaa vastineen.',
        decision: 'Hyväksyttiin.',
        decisionType: 'asProposed',
        responseText: 'Vastine.',
      },
    );
    const changed = { ...decided, decisionType: 'amended' as const, responseText: 'Muutettu vastine.' };
    expect(agendaDecisionEvent('RECORD_STATEMENT', item, changed)).toMatchObject({
      responseText: 'Muutettu vastine.',
    });
  });

  it('the board proposes to the council unless it answers directly; returned and tabled keep it', () => {
    const board = { ...item, bodyId: 'board', answerDirectly: false };
    const outcome = (facts: AgendaItemFacts, decisionType: 'asProposed' | 'returned' | 'tabled') =>
      (
        agendaDecisionEvent('RECORD_BOARD_DECISION', facts, { ...decided, decisionType }) as {
          outcome: string;
        }
      ).outcome;
    expect(outcome(board, 'asProposed')).toBe('proposeToCouncil');
    expect(outcome({ ...board, answerDirectly: true }, 'asProposed')).toBe('answerDirectly');
    expect(outcome(board, 'returned')).toBe('returned');
    expect(outcome(board, 'tabled')).toBe('tabled');
  });

  it('the council closes it with its resolutions unless it returns or tables it', () => {
    const council = { ...item, bodyId: 'council', presenter: null };
    const event = agendaDecisionEvent('RECORD_COUNCIL_DECISION', council, {
      ...decided,
      decisionType: 'asProposed',
      resolutions: ['Ponsi.'],
    });
    expect(event).toEqual({
      type: 'RECORD_COUNCIL_DECISION',
      meeting: { bodyId: 'council', date: '2026-05-20', section: 16 },
      proposal: 'Jaosto antaa vastineen.',
      decision: 'Hyväksyttiin.',
      decisionType: 'asProposed',
      outcome: 'closed',
      resolutions: ['Ponsi.'],
    });
    const tabled = agendaDecisionEvent('RECORD_COUNCIL_DECISION', council, {
      ...decided,
      decisionType: 'tabled',
    });
    expect(tabled).toMatchObject({ outcome: 'tabled' });
  });

  it('the council’s referral at its meeting and §', () => {
    const council = { ...item, bodyId: 'council', presenter: null };
    expect(
      agendaDecisionEvent('REFER_TO_BOARD', council, { ...decided, decisionType: 'asProposed' }),
    ).toEqual({
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: 'council', date: '2026-05-20', section: 16 },
      proposal: 'Jaosto antaa vastineen.',
      decision: 'Hyväksyttiin.',
      decisionType: 'asProposed',
    });
  });
});
