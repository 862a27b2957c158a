import { DateField, IntField, SelectField, TextField } from '../forms/fields';
import { optionalDate, text } from '../forms/payload';
import { PeopleField } from '../forms/repeating-fields';
import { useI18n } from '../i18n/i18n';
import {
  DecisionFields,
  meeting,
  optionalPreparers,
  type EventForm,
  type FormContext,
} from './event-form-parts';

type StatementEvent = 'RECORD_STATEMENT' | 'WAIVE_STATEMENT';

/** Bodies with an open request; for an event scoped to a body, only those this user may apply it for. */
function openRequestBodies(
  { initiative, bodies, mayAct }: FormContext,
  type: 'RECORD_STATEMENT' | 'WAIVE_STATEMENT',
) {
  return initiative.statements
    .flatMap(({ status, bodyId }) => (status === 'open' && bodyId !== null ? [bodyId] : []))
    .filter((bodyId) => mayAct(type, bodyId))
    .map((bodyId) => ({ value: bodyId, label: bodies.find((body) => body.id === bodyId)?.name ?? bodyId }));
}

/** The forms of an open statement request: recording its statement, going on without it. */
export const STATEMENT_FORMS: { [T in StatementEvent]: EventForm<T> } = {
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
};
