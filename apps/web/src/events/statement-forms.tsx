import { DateField, IntField, SelectField, TextField } from '../forms/fields';
import { optionalDate, text } from '../forms/payload';
import { PeopleField } from '../forms/repeating-fields';
import { useI18n } from '../i18n/i18n';
import { FileField, PublicityFields, publicityOf, publicityStart } from '../initiatives/document-fields';
import { AnsweredRequest, openRequestBodies, requestPreparers } from './answered-request';
import { DecisionFields, meeting, optionalPreparers, type EventForm } from './event-form-parts';

type StatementEvent = 'RECORD_STATEMENT' | 'WAIVE_STATEMENT';

/** The forms of an open statement request: recording its statement, going on without it. */
export const STATEMENT_FORMS: { [T in StatementEvent]: EventForm<T> } = {
  RECORD_STATEMENT: {
    initial: (context) => {
      const bodyId = openRequestBodies(context, 'RECORD_STATEMENT')[0]?.value ?? '';
      return {
        bodyId,
        'meeting.date': '',
        'meeting.section': '',
        presenter: '',
        proposal: '',
        decision: '',
        decisionType: '',
        responseText: '',
        preparers: requestPreparers(context.initiative, bodyId),
        ...publicityStart,
      };
    },
    Fields: ({ context }) => {
      const { m } = useI18n();
      return (
        <>
          <AnsweredRequest context={context} />
          <fieldset className="group">
            <legend>{m.fields.meeting}</legend>
            <DateField name="meeting.date" label={m.fields.meetingDate} />
            <IntField name="meeting.section" label={m.fields.section} hint={m.fields.sectionHint} />
          </fieldset>
          <PeopleField name="preparers" label={m.fields.preparers} optional />
          <TextField name="presenter" label={m.fields.presenter} />
          <DecisionFields />
          <TextField name="responseText" label={m.fields.responseText} multiline />
          <fieldset className="group">
            <legend>{m.fields.statementDocument}</legend>
            <FileField label={m.attachments.file} optional />
            <PublicityFields />
          </fieldset>
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
    document: (values) => ({ ...publicityOf(values), bodyId: text(values, 'bodyId') }),
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
