import { assign, setup } from 'xstate';
import * as updates from './context-updates';
import * as rules from './lifecycle-rules';
import type { RulePack } from './rule-packs';
import type { InitiativeEvent, InitiativeFacts, IsoDate } from './types';

/** Bumped whenever a change would replay an existing audit log differently. */
export const MACHINE_VERSION = 1;

function eventDate(event: InitiativeEvent): IsoDate {
  return 'meeting' in event ? event.meeting.date : event.date;
}

const machineSetup = setup({
  types: {
    context: {} as rules.MachineContext,
    events: {} as InitiativeEvent,
    input: {} as { facts: InitiativeFacts; pack: RulePack },
  },
  guards: {
    canReferToBoard: ({ context, event }) =>
      event.type === 'REFER_TO_BOARD' && rules.canReferToBoard(context, event.meeting),
    canRequestStatement: ({ context, event }) =>
      event.type === 'REQUEST_STATEMENT' && rules.canRequestStatement(context, event),
    postponesStatement: ({ context, event }) =>
      event.type === 'RECORD_STATEMENT' &&
      rules.canRecordStatement(context, event) &&
      rules.keepsStatementOpen(event),
    recordsLastStatement: ({ context, event }) =>
      event.type === 'RECORD_STATEMENT' &&
      rules.canRecordStatement(context, event) &&
      rules.resolvesLastOpenRequest(context, { bodyId: event.bodyId }),
    recordsStatement: ({ context, event }) =>
      event.type === 'RECORD_STATEMENT' && rules.canRecordStatement(context, event),
    waivesLastStatement: ({ context, event }) =>
      event.type === 'WAIVE_STATEMENT' &&
      rules.canWaiveStatement(context, event) &&
      rules.resolvesLastOpenRequest(context, event),
    waivesStatement: ({ context, event }) =>
      event.type === 'WAIVE_STATEMENT' && rules.canWaiveStatement(context, event),
    writesLastStatement: ({ context, event }) =>
      event.type === 'RECORD_WRITTEN_STATEMENT' &&
      rules.canRecordWrittenStatement(context, event) &&
      rules.resolvesLastOpenRequest(context, { officeHolder: event.officeHolder }),
    writesStatement: ({ context, event }) =>
      event.type === 'RECORD_WRITTEN_STATEMENT' && rules.canRecordWrittenStatement(context, event),
    refersAwaitingReply: ({ context, event }) =>
      event.type === 'REFER_FOR_MEASURES' && event.replyExpected && rules.canReferForMeasures(context, event),
    refersForMeasures: ({ context, event }) =>
      event.type === 'REFER_FOR_MEASURES' && rules.canReferForMeasures(context, event),
    boardProposesToCouncil: ({ context, event }) =>
      event.type === 'RECORD_BOARD_DECISION' &&
      event.outcome === 'proposeToCouncil' &&
      rules.canRecordBoardDecision(context, event),
    boardAnswersDirectly: ({ context, event }) =>
      event.type === 'RECORD_BOARD_DECISION' &&
      event.outcome === 'answerDirectly' &&
      rules.canRecordBoardDecision(context, event),
    boardPostpones: ({ context, event }) =>
      event.type === 'RECORD_BOARD_DECISION' &&
      (event.outcome === 'returned' || event.outcome === 'tabled') &&
      rules.canRecordBoardDecision(context, event),
    councilCloses: ({ context, event }) =>
      event.type === 'RECORD_COUNCIL_DECISION' &&
      event.outcome === 'closed' &&
      rules.canRecordCouncilDecision(context, event),
    councilReturns: ({ context, event }) =>
      event.type === 'RECORD_COUNCIL_DECISION' &&
      event.outcome === 'returned' &&
      rules.canRecordCouncilDecision(context, event),
    councilTables: ({ context, event }) =>
      event.type === 'RECORD_COUNCIL_DECISION' &&
      event.outcome === 'tabled' &&
      rules.canRecordCouncilDecision(context, event),
    isOnAnnualList: ({ context, event }) =>
      event.type === 'CLOSE_VIA_ANNUAL_LIST' && rules.canCloseViaAnnualList(context, event),
    canWithdraw: ({ context, event }) => event.type === 'WITHDRAW' && rules.canWithdraw(context, event),
    canLapse: ({ context, event }) =>
      event.type === 'DECLARE_LAPSED' && rules.canDeclareLapsed(context, event),
  },
  actions: {
    addStatementRequest: assign(({ context, event }) =>
      event.type === 'REQUEST_STATEMENT' ? { statements: updates.addStatementRequest(context, event) } : {},
    ),
    recordStatement: assign(({ context, event }) =>
      event.type === 'RECORD_STATEMENT' ? { statements: updates.recordStatement(context, event) } : {},
    ),
    recordWrittenStatement: assign(({ context, event }) =>
      event.type === 'RECORD_WRITTEN_STATEMENT'
        ? { statements: updates.recordWrittenStatement(context, event) }
        : {},
    ),
    addReferralForMeasures: assign(({ context, event }) =>
      event.type === 'REFER_FOR_MEASURES'
        ? { statements: updates.addReferralForMeasures(context, event) }
        : {},
    ),
    waiveStatement: assign(({ context, event }) =>
      event.type === 'WAIVE_STATEMENT' ? { statements: updates.waiveStatement(context, event) } : {},
    ),
    markReferred: assign(({ event }) => ({ referredOn: eventDate(event) })),
    markAnswered: assign(({ context, event }) => ({ answeredOn: context.answeredOn ?? eventDate(event) })),
    closeInCouncil: assign(({ event }) =>
      event.type === 'RECORD_COUNCIL_DECISION' ? { closure: updates.councilClosure(event) } : {},
    ),
    closeViaAnnualList: assign(({ event }) =>
      event.type === 'CLOSE_VIA_ANNUAL_LIST' ? { closure: updates.annualListClosure(event) } : {},
    ),
    end: assign(({ context, event }) => ({
      endedOn: eventDate(event),
      statements: updates.cancelOpenRequests(context, eventDate(event)),
    })),
  },
});

// Every open state may end early; all but `registered` may be closed by the annual list.
const endingEarly = {
  WITHDRAW: { guard: 'canWithdraw', target: 'withdrawn', actions: 'end' },
  DECLARE_LAPSED: { guard: 'canLapse', target: 'lapsed', actions: 'end' },
} as const;
const closingByAnnualList = {
  CLOSE_VIA_ANNUAL_LIST: {
    guard: 'isOnAnnualList',
    target: 'closed',
    actions: ['closeViaAnnualList', 'end'],
  },
} as const;

export const initiativeMachine = machineSetup.createMachine({
  id: 'initiative',
  initial: 'registered',
  context: ({ input }) => ({ ...updates.initialContext(input.facts), pack: input.pack }),
  states: {
    registered: {
      on: {
        REFER_TO_BOARD: { guard: 'canReferToBoard', target: 'boardPreparation', actions: 'markReferred' },
        ...endingEarly,
      },
    },
    boardPreparation: {
      on: {
        REQUEST_STATEMENT: {
          guard: 'canRequestStatement',
          target: 'awaitingStatements',
          actions: 'addStatementRequest',
        },
        REFER_FOR_MEASURES: [
          { guard: 'refersAwaitingReply', target: 'awaitingStatements', actions: 'addReferralForMeasures' },
          { guard: 'refersForMeasures', actions: 'addReferralForMeasures' },
        ],
        RECORD_BOARD_DECISION: [
          { guard: 'boardProposesToCouncil', target: 'councilConsideration', actions: 'markAnswered' },
          { guard: 'boardAnswersDirectly', target: 'answered', actions: 'markAnswered' },
          { guard: 'boardPostpones' },
        ],
        ...closingByAnnualList,
        ...endingEarly,
      },
    },
    awaitingStatements: {
      on: {
        REQUEST_STATEMENT: { guard: 'canRequestStatement', actions: 'addStatementRequest' },
        RECORD_STATEMENT: [
          { guard: 'postponesStatement', actions: 'recordStatement' },
          { guard: 'recordsLastStatement', target: 'boardPreparation', actions: 'recordStatement' },
          { guard: 'recordsStatement', actions: 'recordStatement' },
        ],
        RECORD_WRITTEN_STATEMENT: [
          { guard: 'writesLastStatement', target: 'boardPreparation', actions: 'recordWrittenStatement' },
          { guard: 'writesStatement', actions: 'recordWrittenStatement' },
        ],
        REFER_FOR_MEASURES: { guard: 'refersForMeasures', actions: 'addReferralForMeasures' },
        WAIVE_STATEMENT: [
          { guard: 'waivesLastStatement', target: 'boardPreparation', actions: 'waiveStatement' },
          { guard: 'waivesStatement', actions: 'waiveStatement' },
        ],
        ...closingByAnnualList,
        ...endingEarly,
      },
    },
    councilConsideration: {
      on: {
        RECORD_COUNCIL_DECISION: [
          { guard: 'councilCloses', target: 'closed', actions: ['closeInCouncil', 'end'] },
          { guard: 'councilReturns', target: 'boardPreparation' },
          { guard: 'councilTables' },
        ],
        ...closingByAnnualList,
        ...endingEarly,
      },
    },
    answered: {
      on: {
        ...closingByAnnualList,
        ...endingEarly,
      },
    },
    closed: { type: 'final' },
    withdrawn: { type: 'final' },
    lapsed: { type: 'final' },
  },
});

export type InitiativeMachine = typeof initiativeMachine;
