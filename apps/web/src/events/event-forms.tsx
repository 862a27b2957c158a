import {
  BOARD_OUTCOMES,
  COUNCIL_OUTCOMES,
  DECISION_TYPES,
  RULE_PACKS,
  STATEMENT_BODY_KINDS,
  mayAct,
  meetingBodyKind,
  type EventType,
} from '@aloite/domain/vocabulary';
import type { ReactNode } from 'react';
import type { Body, EventPayloads, Initiative, Me } from '../api/types';
import {
  DateField,
  IntField,
  LinesField,
  PeopleField,
  SelectField,
  TextField,
  type Values,
} from '../forms/form';
import {
  bodyOptions,
  date,
  integer,
  onlyBodyOf,
  optional,
  optionalDate,
  rows,
  text,
  type AsTyped,
} from '../forms/payload';
import { useI18n } from '../i18n/i18n';

export interface FormContext {
  initiative: Initiative;
  me: Me;
  bodies: Body[];
}

type Preparer = EventPayloads['REQUEST_STATEMENT']['preparers'][number];

/** Each event's form: its starting values, its fields, and the request body built from what was typed. */
export interface EventForm<T extends EventType = EventType> {
  initial: (context: FormContext) => Values;
  Fields: (props: { context: FormContext }) => ReactNode;
  payload: (values: Values) => AsTyped<Omit<EventPayloads[T], 'type'>>;
}

function meeting(values: Values) {
  return {
    bodyId: text(values, 'meeting.bodyId'),
    date: date(values, 'meeting.date'),
    section: integer(values, 'meeting.section'),
  };
}

/** Bodies with an open request; for an event scoped to a body, only those this user may apply it for. */
function openRequestBodies(
  { initiative, me, bodies }: FormContext,
  type: 'RECORD_STATEMENT' | 'WAIVE_STATEMENT',
) {
  const pack = RULE_PACKS[initiative.rulePack];
  return initiative.statements
    .filter((request) => request.status === 'open')
    .filter((request) => mayAct(me, type, pack, request.bodyId))
    .map((request) => ({
      value: request.bodyId,
      label: bodies.find((body) => body.id === request.bodyId)?.name ?? request.bodyId,
    }));
}

/** The meeting the event is recorded from: a body of the kind that meets for it. */
function MeetingFields({ context, type }: { context: FormContext; type: EventType }) {
  const kind = meetingBodyKind(type);
  const { m } = useI18n();
  return (
    <fieldset className="group">
      <legend>{m.fields.meeting}</legend>
      <SelectField
        name="meeting.bodyId"
        label={m.fields.meetingBody}
        options={bodyOptions(context.bodies, kind ? [kind] : [])}
      />
      <DateField name="meeting.date" label={m.fields.meetingDate} />
      <IntField name="meeting.section" label={m.fields.section} hint={m.fields.sectionHint} />
    </fieldset>
  );
}

function DecisionFields({
  optionalProposal,
  optionalType,
}: {
  optionalProposal?: boolean;
  optionalType?: boolean;
}) {
  const { m } = useI18n();
  return (
    <>
      <TextField name="proposal" label={m.fields.proposal} multiline optional={optionalProposal} />
      <TextField name="decision" label={m.fields.decision} multiline optional={optionalType} />
      <SelectField
        name="decisionType"
        label={m.fields.decisionType}
        optional={optionalType}
        options={DECISION_TYPES.map((type) => ({ value: type, label: m.decisionTypes[type] }))}
      />
    </>
  );
}

/** Preparers are optional on a handling: none typed, none sent. */
function optionalPreparers(values: Values) {
  const preparers = rows<Preparer>(values, 'preparers');
  return preparers.length > 0 ? { preparers } : {};
}

/** What the board's and the council's decisions share: the presenter, the decision and how it was reached. */
const decisionStart = { presenter: '', proposal: '', decision: '', decisionType: '', outcome: '' };
const decisionPayload = (values: Values) => ({
  presenter: optional(values, 'presenter'),
  decision: text(values, 'decision'),
  decisionType: text(values, 'decisionType'),
  outcome: text(values, 'outcome'),
});

const meetingStart =
  (type: EventType) =>
  ({ bodies }: FormContext): Values => ({
    'meeting.bodyId': onlyBodyOf(bodies, meetingBodyKind(type)),
    'meeting.date': '',
    'meeting.section': '',
  });

export const EVENT_FORMS: { [T in EventType]: EventForm<T> } = {
  REFER_TO_BOARD: {
    initial: (context) => ({
      ...meetingStart('REFER_TO_BOARD')(context),
      proposal: '',
      decision: '',
      decisionType: '',
    }),
    Fields: ({ context }) => (
      <>
        <MeetingFields context={context} type="REFER_TO_BOARD" />
        <DecisionFields optionalProposal optionalType />
      </>
    ),
    payload: (values) => ({
      meeting: meeting(values),
      proposal: optional(values, 'proposal'),
      decision: optional(values, 'decision'),
      decisionType: optional(values, 'decisionType'),
    }),
  },
  REQUEST_STATEMENT: {
    initial: () => ({ bodyId: '', date: '', dueDate: '', preparers: [{ name: '', title: '', email: '' }] }),
    Fields: ({ context }) => {
      const { m } = useI18n();
      return (
        <>
          <SelectField
            name="bodyId"
            label={m.fields.statementBody}
            options={bodyOptions(context.bodies, STATEMENT_BODY_KINDS)}
          />
          <DateField name="date" label={m.fields.requestedOn} hint={m.form.todayWhenEmpty} optional />
          <DateField name="dueDate" label={m.fields.dueDate} />
          <PeopleField name="preparers" label={m.fields.preparers} />
        </>
      );
    },
    payload: (values) => ({
      bodyId: text(values, 'bodyId'),
      date: optionalDate(values, 'date'),
      dueDate: date(values, 'dueDate'),
      preparers: rows<Preparer>(values, 'preparers'),
    }),
  },
  RECORD_STATEMENT: {
    initial: (context) => ({
      bodyId: openRequestBodies(context, 'RECORD_STATEMENT')[0]?.value ?? '',
      'meeting.date': '',
      'meeting.section': '',
      presenter: '',
      proposal: '',
      decision: '',
      decisionType: '',
      responseText: '',
      preparers: [],
    }),
    Fields: ({ context }) => {
      const { m } = useI18n();
      return (
        <>
          <SelectField
            name="bodyId"
            label={m.fields.statementBody}
            options={openRequestBodies(context, 'RECORD_STATEMENT')}
          />
          <fieldset className="group">
            <legend>{m.fields.meeting}</legend>
            <DateField name="meeting.date" label={m.fields.meetingDate} />
            <IntField name="meeting.section" label={m.fields.section} hint={m.fields.sectionHint} />
          </fieldset>
          <PeopleField name="preparers" label={m.fields.preparers} optional />
          <TextField name="presenter" label={m.fields.presenter} />
          <DecisionFields />
          <TextField name="responseText" label={m.fields.responseText} multiline />
        </>
      );
    },
    // The statement is decided at a meeting of the body that was asked.
    payload: (values) => ({
      bodyId: text(values, 'bodyId'),
      meeting: { ...meeting(values), bodyId: text(values, 'bodyId') },
      ...optionalPreparers(values),
      presenter: text(values, 'presenter'),
      proposal: text(values, 'proposal'),
      decision: text(values, 'decision'),
      decisionType: text(values, 'decisionType'),
      responseText: text(values, 'responseText'),
    }),
  },
  WAIVE_STATEMENT: {
    initial: (context) => ({
      bodyId: openRequestBodies(context, 'WAIVE_STATEMENT')[0]?.value ?? '',
      date: '',
      reason: '',
    }),
    Fields: ({ context }) => {
      const { m } = useI18n();
      return (
        <>
          <SelectField
            name="bodyId"
            label={m.fields.statementBody}
            options={openRequestBodies(context, 'WAIVE_STATEMENT')}
          />
          <DateField name="date" label={m.fields.waivedOn} hint={m.form.todayWhenEmpty} optional />
          <TextField name="reason" label={m.fields.reason} multiline />
        </>
      );
    },
    payload: (values) => ({
      bodyId: text(values, 'bodyId'),
      date: optionalDate(values, 'date'),
      reason: text(values, 'reason'),
    }),
  },
  RECORD_BOARD_DECISION: {
    initial: (context) => ({
      ...meetingStart('RECORD_BOARD_DECISION')(context),
      ...decisionStart,
      preparers: [],
    }),
    Fields: ({ context }) => {
      const { m } = useI18n();
      return (
        <>
          <MeetingFields context={context} type="RECORD_BOARD_DECISION" />
          <PeopleField name="preparers" label={m.fields.preparers} optional />
          <TextField name="presenter" label={m.fields.presenter} optional />
          <DecisionFields />
          <SelectField
            name="outcome"
            label={m.fields.outcome}
            options={BOARD_OUTCOMES.map((outcome) => ({ value: outcome, label: m.boardOutcomes[outcome] }))}
          />
        </>
      );
    },
    payload: (values) => ({
      meeting: meeting(values),
      ...optionalPreparers(values),
      ...decisionPayload(values),
      proposal: text(values, 'proposal'),
    }),
  },
  RECORD_COUNCIL_DECISION: {
    initial: (context) => ({
      ...meetingStart('RECORD_COUNCIL_DECISION')(context),
      ...decisionStart,
      resolutions: [],
    }),
    Fields: ({ context }) => {
      const { m } = useI18n();
      return (
        <>
          <MeetingFields context={context} type="RECORD_COUNCIL_DECISION" />
          <TextField name="presenter" label={m.fields.presenter} optional />
          <DecisionFields optionalProposal />
          <SelectField
            name="outcome"
            label={m.fields.outcome}
            options={COUNCIL_OUTCOMES.map((outcome) => ({
              value: outcome,
              label: m.councilOutcomes[outcome],
            }))}
          />
          <LinesField name="resolutions" label={m.fields.resolutions} itemLabel={m.fields.resolution} />
        </>
      );
    },
    payload: (values) => ({
      meeting: meeting(values),
      ...decisionPayload(values),
      proposal: optional(values, 'proposal'),
      resolutions: ((values.resolutions as string[] | undefined) ?? [])
        .map((line) => line.trim())
        .filter(Boolean),
    }),
  },
  CLOSE_VIA_ANNUAL_LIST: {
    initial: (context) => ({
      ...meetingStart('CLOSE_VIA_ANNUAL_LIST')(context),
      annualListId: '',
      listYear: String(new Date().getFullYear()),
    }),
    Fields: ({ context }) => {
      const { m } = useI18n();
      return (
        <>
          <MeetingFields context={context} type="CLOSE_VIA_ANNUAL_LIST" />
          <IntField name="listYear" label={m.fields.listYear} hint={m.fields.listYearHint} />
          <TextField name="annualListId" label={m.fields.annualListId} hint={m.fields.annualListIdHint} />
        </>
      );
    },
    payload: (values) => ({
      meeting: meeting(values),
      listYear: integer(values, 'listYear'),
      annualListId: text(values, 'annualListId'),
    }),
  },
  WITHDRAW: {
    initial: () => ({ date: '', requestedBy: '' }),
    Fields: () => {
      const { m } = useI18n();
      return (
        <>
          <DateField name="date" label={m.fields.withdrawnOn} hint={m.form.todayWhenEmpty} optional />
          <TextField name="requestedBy" label={m.fields.requestedBy} />
        </>
      );
    },
    payload: (values) => ({ date: optionalDate(values, 'date'), requestedBy: text(values, 'requestedBy') }),
  },
  DECLARE_LAPSED: {
    initial: meetingStart('DECLARE_LAPSED'),
    Fields: ({ context }) => <MeetingFields context={context} type="DECLARE_LAPSED" />,
    payload: (values) => ({ meeting: meeting(values) }),
  },
};
