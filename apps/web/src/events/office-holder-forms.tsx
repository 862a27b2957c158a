import { STATEMENT_BODY_KINDS } from '@aloite/domain/vocabulary';
import { CheckboxField, DateField, SelectField, TextField } from '../forms/fields';
import type { Values } from '../forms/form';
import { bodyOptions, optional, optionalDate, text } from '../forms/payload';
import { PeopleField } from '../forms/repeating-fields';
import { useI18n } from '../i18n/i18n';
import { optionalPreparers, type EventForm, type FormContext } from './event-form-parts';

// domain.md § 8.6: a request may go to an office holder (viranhaltija) instead of a body, who answers in writing;
// a referral for measures (toimenpiteitä varten) holds the initiative only when a reply is expected.

/**
 * Whom a request goes to: a body from the list, or an office holder by name and title; the API wants one.
 * `prefix` names the request among several (`requests.1.`).
 */
export function AddresseeFields({
  context,
  bodyLabel,
  prefix = '',
}: {
  context: FormContext;
  bodyLabel: string;
  prefix?: string;
}) {
  const { m } = useI18n();
  return (
    <>
      <SelectField
        name={`${prefix}bodyId`}
        label={bodyLabel}
        options={bodyOptions(context.bodies, STATEMENT_BODY_KINDS)}
        optional
      />
      <fieldset className="group">
        <legend>{m.fields.officeHolder}</legend>
        <TextField
          name={`${prefix}officeHolder.name`}
          label={m.fields.officeHolderName}
          hint={m.fields.officeHolderHint}
          optional
        />
        <TextField name={`${prefix}officeHolder.title`} label={m.fields.officeHolderTitle} optional />
      </fieldset>
    </>
  );
}

export const addresseeStart = { bodyId: '', 'officeHolder.name': '', 'officeHolder.title': '' };

export function addressee(values: Values, prefix = '') {
  const name = text(values, `${prefix}officeHolder.name`);
  const title = text(values, `${prefix}officeHolder.title`);
  return {
    bodyId: optional(values, `${prefix}bodyId`),
    officeHolder: name || title ? { name, title } : undefined,
  };
}

/** Office holders with an open request, the option's value being the holder as the event names them. */
function openOfficeHolders({ initiative }: FormContext) {
  return initiative.statements.flatMap(({ status, officeHolder }) =>
    status === 'open' && officeHolder
      ? [{ value: JSON.stringify(officeHolder), label: `${officeHolder.name}, ${officeHolder.title}` }]
      : [],
  );
}

export const OFFICE_HOLDER_FORMS: {
  RECORD_WRITTEN_STATEMENT: EventForm<'RECORD_WRITTEN_STATEMENT'>;
  REFER_FOR_MEASURES: EventForm<'REFER_FOR_MEASURES'>;
} = {
  RECORD_WRITTEN_STATEMENT: {
    initial: (context) => ({
      officeHolder: openOfficeHolders(context)[0]?.value ?? '',
      date: '',
      responseText: '',
    }),
    Fields: ({ context }) => {
      const { m } = useI18n();
      return (
        <>
          <SelectField
            name="officeHolder"
            label={m.fields.askedOfficeHolder}
            options={openOfficeHolders(context)}
          />
          <DateField name="date" label={m.fields.writtenOn} hint={m.form.todayWhenEmpty} optional />
          <TextField name="responseText" label={m.fields.writtenStatement} multiline />
        </>
      );
    },
    payload: (values) => {
      const chosen = text(values, 'officeHolder');
      return {
        officeHolder: chosen
          ? (JSON.parse(chosen) as { name: string; title: string })
          : { name: '', title: '' },
        date: optionalDate(values, 'date'),
        responseText: text(values, 'responseText'),
      };
    },
  },
  REFER_FOR_MEASURES: {
    initial: () => ({ ...addresseeStart, date: '', replyExpected: false, dueDate: '', preparers: [] }),
    Fields: ({ context }) => {
      const { m } = useI18n();
      return (
        <>
          <AddresseeFields context={context} bodyLabel={m.fields.body} />
          <DateField name="date" label={m.fields.referredOn} hint={m.form.todayWhenEmpty} optional />
          <CheckboxField name="replyExpected" label={m.fields.replyExpected} />
          <DateField name="dueDate" label={m.fields.replyDueDate} hint={m.fields.replyDueDateHint} optional />
          <PeopleField name="preparers" label={m.fields.preparers} optional />
        </>
      );
    },
    payload: (values) => ({
      ...addressee(values),
      date: optionalDate(values, 'date'),
      replyExpected: values['replyExpected'] === true,
      dueDate: optionalDate(values, 'dueDate'),
      ...optionalPreparers(values),
    }),
  },
};
