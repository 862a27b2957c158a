import { BOARD_OUTCOMES, COUNCIL_OUTCOMES, type EventType } from '@aloite/domain/vocabulary';
import type { Initiative } from '../api/types';
import { DateField, IntField, SelectField, TextField } from '../forms/fields';
import { integer, optional, optionalDate, text } from '../forms/payload';
import { LinesField, PeopleField } from '../forms/repeating-fields';
import { useI18n } from '../i18n/i18n';
import {
  DecisionFields,
  MeetingFields,
  decisionPayload,
  decisionStart,
  filingMeetingStart,
  meeting,
  meetingStart,
  optionalPreparers,
  type FormOf,
} from './event-form-parts';
import { OFFICE_HOLDER_FORMS } from './office-holder-forms';
import { STATEMENT_FORMS } from './statement-forms';
import { STATEMENT_REQUESTS_FORM } from './statement-requests-form';

/** Domain § 1.4–1.5: the council decides on the answer the board proposed at its latest meeting on it. */
function boardProposal({ handlings }: Initiative): string {
  return handlings.filter((handling) => handling.event === 'RECORD_BOARD_DECISION').at(-1)?.proposal ?? '';
}

/** Every event's form, the statement requests' among them: the compiler asks for one per event type. */
export const EVENT_FORMS: { [T in EventType]: FormOf<T> } = {
  REFER_TO_BOARD: {
    // The rule pack's standard referral, which the minutes would write anyway, is what the clerk sees and keeps.
    initial: (context) => ({
      ...filingMeetingStart(context),
      proposal: context.municipality.referral.proposal,
      decision: context.municipality.referral.decision,
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
  REQUEST_STATEMENT: STATEMENT_REQUESTS_FORM,
  ...STATEMENT_FORMS,
  ...OFFICE_HOLDER_FORMS,
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
      proposal: boardProposal(context.initiative),
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
