import { STATE_LABELS_SV } from '@aloite/domain/vocabulary';
import type { VocabularyMessages } from '../fi/vocabulary';

export const vocabulary: VocabularyMessages = {
  states: STATE_LABELS_SV,
  events: {
    REFER_TO_BOARD: 'Remittera till stadsstyrelsen för beredning',
    REQUEST_STATEMENT: 'Begär utlåtande',
    RECORD_STATEMENT: 'Registrera utlåtande',
    RECORD_WRITTEN_STATEMENT: 'Registrera tjänsteinnehavarens skriftliga utlåtande',
    WAIVE_STATEMENT: 'Fortsätt utan utlåtande',
    REFER_FOR_MEASURES: 'Sänd för åtgärder',
    RECORD_BOARD_DECISION: 'Registrera stadsstyrelsens beslut',
    RECORD_COUNCIL_DECISION: 'Registrera fullmäktiges beslut',
    CLOSE_VIA_ANNUAL_LIST: 'Slutbehandla i årsförteckningen',
    WITHDRAW: 'Registrera motionen som återtagen',
    DECLARE_LAPSED: 'Konstatera motionen förfallen',
  },
  decisionTypes: {
    asProposed: 'Enligt förslaget',
    amended: 'Ändrat',
    afterVote: 'Efter omröstning',
    returned: 'Återremitterades',
    tabled: 'Bordlades',
    noted: 'Antecknades för kännedom',
  },
  boardOutcomes: {
    proposeToCouncil: 'Föreslås för fullmäktige',
    answerDirectly: 'Besvaras direkt till motionären',
    returned: 'Återremitterades',
    tabled: 'Bordlades',
  },
  councilOutcomes: {
    closed: 'Konstaterades slutbehandlad',
    returned: 'Återremitterades',
    tabled: 'Bordlades',
  },
  kinds: {
    councillor: 'Fullmäktigeledamots motion',
    councilGroup: 'Fullmäktigegruppens motion',
    resident: 'Invånarinitiativ (kommunallagen 23 §)',
  },
  deadlineStatus: {
    open: 'Öppen',
    met: 'Uppfylld',
    dueSoon: 'Förfaller snart',
    overdue: 'Försenad',
  },
  deadlineKinds: {
    statement: 'Utlåtande',
    council: 'Tidsfrist för fullmäktiges behandling',
    answer: 'Tidsfrist för skriftligt svar',
    acknowledgement: 'Meddelande till initiativtagaren',
  },
  statementStatus: {
    open: 'Väntar',
    received: 'Mottaget',
    waived: 'Förbigått',
    cancelled: 'Återkallat',
    referred: 'Sänt för åtgärder',
  },
  publicity: {
    public: 'Offentlig',
    notYetPublic: 'Ännu inte offentlig',
    confidential: 'Sekretessbelagd',
  },
};
