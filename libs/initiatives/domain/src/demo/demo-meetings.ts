// The demo municipality's meetings as the seed shows them: the council meetings that referred §§ 16 and 17 (held,
// minutes checked) and the subcommittee's meeting of 20.5.2026 with both on its published agenda, proposals only.
import type { AgendaDecision, MeetingStatus, Presenter } from '../lib/meetings';
import type { Preparer } from '../lib/types';
import {
  INITIATIVE_16,
  INITIATIVE_17,
  PREPARERS,
  REFERRAL_DECISION,
  REFERRAL_PROPOSAL,
  STATEMENT_16,
  STATEMENT_17,
  type KajaaniBodyKey,
} from './kajaani-seed';

export interface DemoAgendaItem {
  diaryNumber: string;
  section: number;
  preparers: Preparer[];
  presenter: Presenter | null;
  proposal: string;
  responseText: string | null;
  /** Decided items answer the handling the initiative's seed events already hold. */
  decision: Omit<AgendaDecision, 'date'> | null;
  /** The signed initiative, an appendix (liite) public once the minutes are checked. */
  appendix: string | null;
}

export interface DemoMeeting {
  body: KajaaniBodyKey;
  date: string;
  startTime: string | null;
  place: string | null;
  status: MeetingStatus;
  minutesCheckedOn: string | null;
  items: DemoAgendaItem[];
}

export const PRESENTER_OF_THE_AGENDA: Presenter = {
  name: 'Milla Tikkanen',
  title: 'Työllisyys- ja kansainvälisyyspäällikkö',
};

const referred = (diaryNumber: string, section: number): DemoAgendaItem => ({
  diaryNumber,
  section,
  preparers: [PREPARERS.halonen],
  presenter: null,
  proposal: REFERRAL_PROPOSAL,
  responseText: null,
  decision: { decision: REFERRAL_DECISION, decisionType: 'asProposed', resolutions: [], responseText: null },
  appendix: null,
});

// The seed gives neither the council meetings' hours and place nor the day their minutes were checked: they are
// left empty, and the minutes are taken as checked a week after each meeting.
export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    body: 'council',
    date: '2026-03-31',
    startTime: null,
    place: null,
    status: 'minutesChecked',
    minutesCheckedOn: '2026-04-07',
    items: [referred(INITIATIVE_16.diaryNumber, 30)],
  },
  {
    body: 'council',
    date: '2026-04-28',
    startTime: null,
    place: null,
    status: 'minutesChecked',
    minutesCheckedOn: '2026-05-05',
    items: [referred(INITIATIVE_17.diaryNumber, 52)],
  },
  {
    body: 'employment',
    date: '2026-05-20',
    startTime: '16:30',
    place: 'Kokoustila Kekkonen',
    status: 'agendaPublished',
    minutesCheckedOn: null,
    items: [
      {
        diaryNumber: INITIATIVE_16.diaryNumber,
        section: 16,
        preparers: [PREPARERS.tikkanen],
        presenter: PRESENTER_OF_THE_AGENDA,
        proposal: STATEMENT_16.proposal,
        responseText: STATEMENT_16.responseText,
        decision: null,
        appendix: '1 Valtuustoaloite työllisyysbonuksesta opiskeluun (allekirjoitettu).pdf',
      },
      {
        diaryNumber: INITIATIVE_17.diaryNumber,
        section: 17,
        preparers: [PREPARERS.hamalainen, PREPARERS.tikkanen],
        presenter: PRESENTER_OF_THE_AGENDA,
        proposal: STATEMENT_17.proposal,
        responseText: STATEMENT_17.responseText,
        decision: null,
        appendix: '1 Valtuustoaloite työvoimapalveluiden tinderistä_allekirjoitettu.pdf',
      },
    ],
  },
];
