import type {
  BoardOutcome,
  CouncilOutcome,
  EventType,
  InitiativeKind,
  StatementStatus,
} from '@aloite/domain';
import { DECISION_TYPE_LABELS_FI, STATE_LABELS_FI } from '@aloite/domain/vocabulary';
import type { Deadline, DeadlineStatus, Publicity } from '../../api/types';

/** The domain's words: states, events, decisions and their outcomes, kinds of initiative, deadlines, publicity. */
export const vocabulary = {
  states: STATE_LABELS_FI,
  events: {
    REFER_TO_BOARD: 'Lähetä kaupunginhallituksen valmisteltavaksi',
    REQUEST_STATEMENT: 'Pyydä lausunto',
    RECORD_STATEMENT: 'Kirjaa lausunto',
    RECORD_WRITTEN_STATEMENT: 'Kirjaa viranhaltijan kirjallinen lausunto',
    WAIVE_STATEMENT: 'Jatka ilman lausuntoa',
    REFER_FOR_MEASURES: 'Lähetä toimenpiteitä varten',
    RECORD_BOARD_DECISION: 'Kirjaa kaupunginhallituksen päätös',
    RECORD_COUNCIL_DECISION: 'Kirjaa valtuuston päätös',
    CLOSE_VIA_ANNUAL_LIST: 'Käsittele loppuun vuosiluettelossa',
    WITHDRAW: 'Kirjaa aloite peruutetuksi',
    DECLARE_LAPSED: 'Totea aloite rauenneeksi',
  } satisfies Record<EventType, string>,
  decisionTypes: DECISION_TYPE_LABELS_FI,
  boardOutcomes: {
    proposeToCouncil: 'Ehdotetaan valtuustolle',
    answerDirectly: 'Vastataan suoraan aloitteentekijälle',
    returned: 'Palautettiin uudelleen valmisteltavaksi',
    tabled: 'Pantiin pöydälle',
  } satisfies Record<BoardOutcome, string>,
  councilOutcomes: {
    closed: 'Todettiin loppuun käsitellyksi',
    returned: 'Palautettiin uudelleen valmisteltavaksi',
    tabled: 'Pantiin pöydälle',
  } satisfies Record<CouncilOutcome, string>,
  kinds: {
    councillor: 'Valtuutetun aloite',
    councilGroup: 'Valtuustoryhmän aloite',
    resident: 'Kuntalaisaloite (kuntalaki 23 §)',
  } satisfies Record<InitiativeKind, string>,
  deadlineStatus: {
    open: 'Avoinna',
    met: 'Täytetty',
    dueSoon: 'Erääntyy pian',
    overdue: 'Myöhässä',
  } satisfies Record<DeadlineStatus, string>,
  deadlineKinds: {
    statement: 'Lausunto',
    council: 'Valtuuston käsittelyn määräaika',
    answer: 'Kirjallisen vastauksen määräaika',
    acknowledgement: 'Ilmoitus aloitteen tekijälle',
  } satisfies Record<Deadline['kind'], string>,
  statementStatus: {
    open: 'Odottaa',
    received: 'Saatu',
    waived: 'Ohitettu',
    cancelled: 'Peruttu',
    referred: 'Lähetetty toimenpiteitä varten',
  } satisfies Record<StatementStatus, string>,
  publicity: {
    public: 'Julkinen',
    notYetPublic: 'Ei vielä julkinen',
    confidential: 'Salassa pidettävä',
  } satisfies Record<Publicity, string>,
};

export type VocabularyMessages = typeof vocabulary;
