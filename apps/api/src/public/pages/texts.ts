import {
  STATE_LABELS_EN,
  STATE_LABELS_FI,
  STATE_LABELS_SV,
  type DeadlineKind,
  type DecisionType,
  type EventType,
  type InitiativeKind,
  type InitiativeState,
  type MeetingStatus,
  type ReaderLanguage,
  type StatementStatus,
} from '@aloite/domain';
import { TEXTS_EN } from './texts-en';
import { TEXTS_FI } from './texts-fi';
import { TEXTS_SV } from './texts-sv';

/** The words of the public pages in one language; state names come from the domain's labels. */
export interface PageTexts {
  languageName: string;
  skipToContent: string;
  languageSwitch: string;
  navigation: string;
  initiatives: string;
  annualLists: string;
  accessibility: string;
  feeds: { initiatives: string; decisions: string };
  list: {
    title: string;
    intro: string;
    search: string;
    searchHelp: string;
    state: string;
    year: string;
    body: string;
    all: string;
    submit: string;
    results: (total: number, exact: boolean) => string;
    none: string;
    next: string;
    firstPage: string;
    matchingDocuments: string;
  };
  initiative: {
    diaryNumber: string;
    kind: string;
    state: string;
    submitted: string;
    firstSigner: string;
    signatoryCount: string;
    text: string;
    deadlines: string;
    due: string;
    timeline: string;
    filed: string;
    proposal: string;
    decision: string;
    response: string;
    statements: string;
    requestedOn: string;
    agenda: string;
    documents: string;
    none: string;
    ended: string;
  };
  body: {
    meetings: (year: number) => string;
    otherYear: (year: number) => string;
    noMeetings: string;
    place: string;
    calendar: string;
  };
  meeting: {
    agenda: string;
    notPublished: string;
    presenter: string;
    preparers: string;
    status: string;
    time: string;
  };
  annualList: {
    title: (year: number) => string;
    years: string;
    intro: string;
    stage: string;
    measures: string;
    none: string;
  };
  error: {
    title: (status: number) => string;
    notFound: string;
    badRequest: string;
    other: string;
    home: string;
  };
  document: (type: string, size: string) => string;
  states: Readonly<Record<InitiativeState, string>>;
  kinds: Readonly<Record<InitiativeKind, string>>;
  events: Readonly<Record<EventType, string>>;
  decisionTypes: Readonly<Record<DecisionType, string>>;
  deadlineKinds: Readonly<Record<DeadlineKind, string>>;
  deadlineStatus: Readonly<Record<string, string>>;
  statementStatus: Readonly<Record<StatementStatus, string>>;
  meetingStatus: Readonly<Record<MeetingStatus, string>>;
}

export const PAGE_TEXTS: Readonly<Record<ReaderLanguage, PageTexts>> = {
  fi: { ...TEXTS_FI, states: STATE_LABELS_FI },
  sv: { ...TEXTS_SV, states: STATE_LABELS_SV },
  en: { ...TEXTS_EN, states: STATE_LABELS_EN },
};
