import { STATE_LABELS_EN } from '@aloite/domain/vocabulary';
import type { VocabularyMessages } from '../fi/vocabulary';

export const vocabulary: VocabularyMessages = {
  states: STATE_LABELS_EN,
  events: {
    REFER_TO_BOARD: 'Refer to the city board for preparation',
    REQUEST_STATEMENT: 'Request a statement',
    RECORD_STATEMENT: 'Record a statement',
    RECORD_WRITTEN_STATEMENT: 'Record an office holder’s written statement',
    WAIVE_STATEMENT: 'Proceed without the statement',
    REFER_FOR_MEASURES: 'Refer for measures',
    RECORD_BOARD_DECISION: 'Record the city board’s decision',
    RECORD_COUNCIL_DECISION: 'Record the council’s decision',
    CLOSE_VIA_ANNUAL_LIST: 'Close in the annual list',
    WITHDRAW: 'Record as withdrawn',
    DECLARE_LAPSED: 'Declare lapsed',
  },
  decisionTypes: {
    asProposed: 'As proposed',
    amended: 'Amended',
    afterVote: 'After a vote',
    returned: 'Returned for re-preparation',
    tabled: 'Tabled',
    noted: 'Noted',
  },
  boardOutcomes: {
    proposeToCouncil: 'Proposed to the council',
    answerDirectly: 'Answered directly to the initiator',
    returned: 'Returned for re-preparation',
    tabled: 'Tabled',
  },
  councilOutcomes: {
    closed: 'Declared fully handled',
    returned: 'Returned for re-preparation',
    tabled: 'Tabled',
  },
  kinds: {
    councillor: 'Councillor’s initiative',
    councilGroup: 'Council group’s initiative',
    resident: 'Residents’ initiative (Local Government Act § 23)',
  },
  deadlineStatus: {
    open: 'Open',
    met: 'Met',
    dueSoon: 'Due soon',
    overdue: 'Overdue',
  },
  deadlineKinds: {
    statement: 'Statement',
    council: 'Council deadline',
    answer: 'Written answer deadline',
    acknowledgement: 'Initiator informed',
  },
  statementStatus: {
    open: 'Awaited',
    received: 'Received',
    waived: 'Waived',
    cancelled: 'Cancelled',
    referred: 'Referred for measures',
  },
  publicity: {
    public: 'Public',
    notYetPublic: 'Not yet public',
    confidential: 'Confidential',
  },
};
