import { DECISION_TYPES, meetingBodyKind, type EventType, type StaffAction } from '@aloite/domain/vocabulary';
import type { ReactNode } from 'react';
import type {
  Body,
  EventPayloads,
  Initiative,
  Me,
  Municipality,
  StatementRequestsPayload,
} from '../api/types';
import { DateField, IntField, SelectField, TextField } from '../forms/fields';
import type { Values } from '../forms/form';
import { bodyOptions, date, integer, onlyBodyOf, optional, rows, text, type AsTyped } from '../forms/payload';
import { formatDate, useI18n } from '../i18n/i18n';

// What the events' forms are made of, and the parts several of them share: the meeting an event is recorded
// from, a decision and how it was reached, the preparers.

export interface FormContext {
  initiative: Initiative;
  me: Me;
  bodies: Body[];
  /** The municipality and its rules in force today. */
  municipality: Municipality;
  /** `useMayAct` of the page: the municipality's rules in force today. */
  mayAct: (action: StaffAction, forBody?: string | null) => boolean;
  /** What the last save was refused with, for a form that shows it at the part it is about. */
  refusal?: unknown;
}

export type Preparer = EventPayloads['REQUEST_STATEMENT']['preparers'][number];

/** Each event's form: its starting values, its fields, and the request body built from what was typed. */
export interface EventForm<T extends EventType = EventType> {
  initial: (context: FormContext) => Values;
  Fields: (props: { context: FormContext }) => ReactNode;
  payload: (values: Values) => AsTyped<Omit<EventPayloads[T], 'type'>>;
  /**
   * A form that takes a document with the event (the statement's): what the document is added with, to the
   * handling the event recorded, once the event is saved.
   */
  document?: (values: Values) => { publicity: string; legalGround: string; bodyId: string };
}

/** Several statement requests at once, sent to their own endpoint: all of them are recorded, or none. */
export interface StatementRequestsForm {
  initial: (context: FormContext) => Values;
  Fields: (props: { context: FormContext }) => ReactNode;
  requests: (values: Values) => AsTyped<StatementRequestsPayload>;
}

/** Each event's form; a statement request's asks one or several at once. */
export type FormOf<T extends EventType> = T extends 'REQUEST_STATEMENT'
  ? StatementRequestsForm
  : EventForm<T>;

export function meeting(values: Values) {
  return {
    bodyId: text(values, 'meeting.bodyId'),
    date: date(values, 'meeting.date'),
    section: integer(values, 'meeting.section'),
  };
}

/** The meeting the event is recorded from: a body of the kind that meets for it. */
export function MeetingFields({ context, type }: { context: FormContext; type: EventType }) {
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

export function DecisionFields({
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
export function optionalPreparers(values: Values) {
  const preparers = rows<Preparer>(values, 'preparers');
  return preparers.length > 0 ? { preparers } : {};
}

/** What the board's and the council's decisions share: the presenter, the decision and how it was reached. */
export const decisionStart = { presenter: '', proposal: '', decision: '', decisionType: '', outcome: '' };
export const decisionPayload = (values: Values) => ({
  presenter: optional(values, 'presenter'),
  decision: text(values, 'decision'),
  decisionType: text(values, 'decisionType'),
  outcome: text(values, 'outcome'),
});

export const meetingStart =
  (type: EventType) =>
  ({ bodies }: FormContext): Values => ({
    'meeting.bodyId': onlyBodyOf(bodies, meetingBodyKind(type)),
    'meeting.date': '',
    'meeting.section': '',
  });

/** Domain § 1: the council refers the initiative at the meeting whose minutes record it handed in. */
export function filingMeetingStart(context: FormContext): Values {
  const { filedAt } = context.initiative;
  const stillActive = context.bodies.some((body) => body.id === filedAt.bodyId && body.active);
  return {
    ...meetingStart('REFER_TO_BOARD')(context),
    ...(stillActive ? { 'meeting.bodyId': filedAt.bodyId } : {}),
    'meeting.date': formatDate(filedAt.date),
    'meeting.section': String(filedAt.section),
  };
}
