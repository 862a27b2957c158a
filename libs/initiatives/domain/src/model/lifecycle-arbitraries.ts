import fc from 'fast-check';
import {
  BOARD_OUTCOMES,
  COUNCIL_OUTCOMES,
  DECISION_TYPES,
  type BoardOutcome,
  type CouncilOutcome,
  type DecisionType,
  type InitiativeEvent,
  type InitiativeFacts,
  type IsoDate,
  type OfficeHolder,
} from '../index';
import { addresseeKey, type Model } from './lifecycle-model';
import { eventsListedFrom } from './lifecycle-table';

const BODIES = ['education', 'technical', 'welfare', 'employment'] as const;
/** § 8.6: office holders asked instead of a body. */
const OFFICE_HOLDERS: readonly OfficeHolder[] = [
  { name: 'Liisa Virtanen', title: 'palveluverkkojohtaja' },
  { name: 'Milla Tikkanen', title: 'työllisyys- ja kansainvälisyyspäällikkö' },
];
type Addressee = { bodyId?: string; officeHolder?: OfficeHolder };
const ADDRESSEES: readonly Addressee[] = [
  ...BODIES.map((bodyId) => ({ bodyId })),
  ...OFFICE_HOLDERS.map((officeHolder) => ({ officeHolder })),
];

const twoDigits = (value: number) => String(value).padStart(2, '0');
const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

function pick<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new RangeError('Nothing to pick from');
  return item;
}

function plusDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Month and day, the turn of the year often: the annual list and the lapse rule count in calendar years. */
const monthDay = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('01-01', '12-31') },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([month, day]) => `${twoDigits(month)}-${twoDigits(day)}`),
  },
);

export const factsArbitrary: fc.Arbitrary<InitiativeFacts> = fc.record({
  rulePack: fc.constantFrom('kajaani', 'espoo', 'helsinki', 'turku', 'kunta'),
  kind: fc.constantFrom('councillor', 'councillor', 'councilGroup', 'resident'),
  // Around the direct-answer limits of § 4 (Espoo 13, Helsinki 24) as well as anywhere.
  signatoryCount: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom(13, 14, 24, 25)),
  hasFinancialEffect: fc.boolean(),
  submittedOn: fc
    .tuple(fc.integer({ min: 2015, max: 2027 }), monthDay)
    .map(([year, day]) => `${year}-${day}`),
});

/** The random choices of one step; its events are built from them and the model, so most of them fit the state. */
export interface StepSeed {
  /** Which of the events the table lists for the state moves the lifecycle on. */
  pick: number;
  body: number;
  answersOpenRequest: boolean;
  /** Days after filing; a few before it. */
  days: number;
  /** Days after filing of the events that probe the state: before it half the time. */
  probeDays: number;
  /** Days after the body's open request (statements, waivers). */
  afterRequest: number;
  dueDays: number;
  /** How a request names its addressee: mostly one of body and office holder, sometimes both or neither. */
  addresseeShape: 'one' | 'both' | 'neither';
  replyExpected: boolean;
  /** A referral for measures gives a due date exactly when it expects a reply, but now and then the other way. */
  strayDueDate: boolean;
  /** null: the decision type an outcome usually carries. */
  decisionType: DecisionType | null;
  outcome: number;
  inOwnMeeting: boolean;
  listYearAfterFiling: number;
  meetingYearAfterList: number;
  lapseYearsAfterFiling: number;
  /** The list a lapse names, in years after its meeting; null: none named (the meeting's year). */
  lapseListYearAfterMeeting: number | null;
  monthDay: string;
}

export const stepArbitrary: fc.Arbitrary<StepSeed> = fc.record({
  pick: fc.nat(),
  body: fc.nat({ max: ADDRESSEES.length - 1 }),
  answersOpenRequest: fc.integer({ min: 0, max: 9 }).map((draw) => draw > 0),
  days: fc.oneof(
    { weight: 1, arbitrary: fc.integer({ min: -30, max: -1 }) },
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 400 }) },
    { weight: 1, arbitrary: fc.integer({ min: 400, max: 3000 }) },
  ),
  probeDays: fc.oneof(fc.integer({ min: -30, max: -1 }), fc.integer({ min: 0, max: 400 })),
  afterRequest: fc.integer({ min: -10, max: 90 }),
  dueDays: fc.integer({ min: -10, max: 120 }),
  addresseeShape: fc.constantFrom('one', 'one', 'one', 'one', 'one', 'one', 'one', 'one', 'both', 'neither'),
  replyExpected: fc.boolean(),
  strayDueDate: fc.integer({ min: 0, max: 9 }).map((draw) => draw === 0),
  decisionType: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.constantFrom(...DECISION_TYPES) },
  ),
  outcome: fc.nat(),
  inOwnMeeting: fc.integer({ min: 0, max: 9 }).map((draw) => draw > 0),
  listYearAfterFiling: fc.integer({ min: -1, max: 3 }),
  meetingYearAfterList: fc.constantFrom(-1, 0, 0, 0, 1),
  lapseYearsAfterFiling: fc.integer({ min: 4, max: 8 }),
  lapseListYearAfterMeeting: fc.constantFrom(null, null, null, null, -1, 0, 1),
  monthDay,
});

/**
 * How often each listed event is picked: endings seldom, so that lifecycles run a while.
 */
const WEIGHTS: Readonly<Record<InitiativeEvent['type'], number>> = {
  REFER_TO_BOARD: 4,
  REQUEST_STATEMENT: 4,
  RECORD_STATEMENT: 5,
  RECORD_WRITTEN_STATEMENT: 3,
  WAIVE_STATEMENT: 3,
  REFER_FOR_MEASURES: 3,
  RECORD_BOARD_DECISION: 6,
  RECORD_COUNCIL_DECISION: 6,
  CLOSE_VIA_ANNUAL_LIST: 2,
  WITHDRAW: 1,
  DECLARE_LAPSED: 2,
};

/** The event that moves the lifecycle on: one the table lists for the state; none in a final state. */
export function nextEventFor(seed: StepSeed, model: Model): InitiativeEvent | null {
  const candidates = eventsListedFrom(model.state).flatMap((type) =>
    Array<typeof type>(WEIGHTS[type]).fill(type),
  );
  return candidates.length > 0 ? eventFor(seed, model, pick(candidates, seed.pick)) : null;
}

/** An event of the type given, listed for the state or not, to probe the state without moving on. */
export function probeEventFor(seed: StepSeed, model: Model, type: InitiativeEvent['type']): InitiativeEvent {
  return eventFor({ ...seed, days: seed.probeDays }, model, type);
}

/** Every outcome, those that move the matter on twice as often. */
const BOARD_OUTCOME_PICKS: readonly BoardOutcome[] = [
  ...BOARD_OUTCOMES,
  ...BOARD_OUTCOMES.filter((outcome) => outcome !== 'returned' && outcome !== 'tabled'),
];

function usualDecisionType(outcome: BoardOutcome | CouncilOutcome): DecisionType {
  return outcome === 'returned' || outcome === 'tabled' ? outcome : 'asProposed';
}

const ANSWERING: readonly InitiativeEvent['type'][] = [
  'RECORD_STATEMENT',
  'RECORD_WRITTEN_STATEMENT',
  'WAIVE_STATEMENT',
];

/** A statement or waiver mostly answers an open request; a new request may go to any body or office holder. */
function addresseeFor(seed: StepSeed, model: Model, type: InitiativeEvent['type']): Addressee {
  const open = ADDRESSEES.filter((addressee) => model.open.has(addresseeKey(addressee)));
  return ANSWERING.includes(type) && seed.answersOpenRequest && open.length > 0
    ? pick(open, seed.body)
    : pick(ADDRESSEES, seed.body);
}

/** The addressee as an asking event names it: one of the two, or now and then both or neither. */
function named(seed: StepSeed, addressee: Addressee): Addressee {
  if (seed.addresseeShape === 'neither') return {};
  if (seed.addresseeShape === 'one') return addressee;
  return { bodyId: pick(BODIES, seed.body), officeHolder: pick(OFFICE_HOLDERS, seed.body) };
}

function eventFor(seed: StepSeed, model: Model, type: InitiativeEvent['type']): InitiativeEvent {
  const filedOn = model.facts.submittedOn;
  const date = plusDays(filedOn, seed.days);
  const council = { bodyId: 'council', date, section: 1 };
  const addressee = addresseeFor(seed, model, type);
  const bodyId = addressee.bodyId ?? pick(BODIES, seed.body);
  const officeHolder = addressee.officeHolder ?? pick(OFFICE_HOLDERS, seed.body);
  const requestedOn = model.open.get(addresseeKey(addressee))?.requestedOn;
  const afterRequest = plusDays(requestedOn ?? filedOn, seed.afterRequest);
  switch (type) {
    case 'REFER_TO_BOARD':
      return { type, meeting: council };
    case 'REQUEST_STATEMENT':
      return {
        type,
        ...named(seed, addressee),
        date,
        dueDate: plusDays(date, seed.dueDays),
        preparers: [{ name: 'Valmistelija' }],
      };
    case 'REFER_FOR_MEASURES': {
      const dueDate = seed.replyExpected !== seed.strayDueDate ? plusDays(date, seed.dueDays) : undefined;
      return {
        type,
        ...named(seed, addressee),
        date,
        replyExpected: seed.replyExpected,
        ...(dueDate ? { dueDate } : {}),
      };
    }
    case 'RECORD_WRITTEN_STATEMENT':
      return { type, officeHolder, date: afterRequest, responseText: 'Lausunto kirjallisesti.' };
    case 'RECORD_STATEMENT': {
      const meetingBody = seed.inOwnMeeting ? bodyId : pick(BODIES, seed.body + 1);
      return {
        type,
        bodyId,
        meeting: { bodyId: meetingBody, date: afterRequest, section: 5 },
        presenter: 'Esittelijä',
        proposal: 'Lautakunta antaa vastineen.',
        decision: 'Hyväksyttiin.',
        decisionType: seed.decisionType ?? 'asProposed',
        responseText: 'Vastine.',
      };
    }
    case 'WAIVE_STATEMENT':
      return {
        type,
        ...named(seed, addressee),
        date: afterRequest,
        reason: 'Lausuntoa ei saatu määräajassa.',
      };
    case 'RECORD_BOARD_DECISION': {
      const outcome = pick(BOARD_OUTCOME_PICKS, seed.outcome);
      const decisionType = seed.decisionType ?? usualDecisionType(outcome);
      return {
        type,
        meeting: { ...council, bodyId: 'board' },
        proposal: '',
        decision: '',
        decisionType,
        outcome,
      };
    }
    case 'RECORD_COUNCIL_DECISION': {
      const outcome = pick(COUNCIL_OUTCOMES, seed.outcome);
      const decisionType = seed.decisionType ?? usualDecisionType(outcome);
      return { type, meeting: council, decision: '', decisionType, outcome, resolutions: [] };
    }
    case 'CLOSE_VIA_ANNUAL_LIST': {
      const listYear = yearOf(filedOn) + seed.listYearAfterFiling;
      const meetingDate = `${listYear + seed.meetingYearAfterList}-${seed.monthDay}`;
      return { type, meeting: { ...council, date: meetingDate }, annualListId: `list-${listYear}`, listYear };
    }
    case 'WITHDRAW':
      return { type, date, requestedBy: 'Ensimmäinen allekirjoittaja' };
    case 'DECLARE_LAPSED': {
      const meetingYear = yearOf(filedOn) + seed.lapseYearsAfterFiling;
      const named = seed.lapseListYearAfterMeeting;
      return {
        type,
        meeting: { ...council, date: `${meetingYear}-${seed.monthDay}` },
        ...(named === null ? {} : { listYear: meetingYear + named }),
      };
    }
  }
}
