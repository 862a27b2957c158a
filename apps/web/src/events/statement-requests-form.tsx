import { Button, Paragraph } from 'suomifi-ui-components';
import { DateField } from '../forms/fields';
import { useFormState, type FieldValue, type Values } from '../forms/form';
import { date, optionalDate, rows } from '../forms/payload';
import { PeopleField } from '../forms/repeating-fields';
import { useI18n } from '../i18n/i18n';
import { refusedRequest } from '../i18n/problem-text';
import type { FormContext, Preparer, StatementRequestsForm } from './event-form-parts';
import { AddresseeFields, addressee } from './office-holder-forms';

// domain.md § 2: "several bodies may be asked in parallel". One form asks them all, each request with its own
// due date and preparers, and the API records all of them or none. A request's fields are named by its place in
// the list the API gets (`requests.1.dueDate`), so the API's answer lands at the request it is about.

const COUNT = 'requestCount';

const partsOf = (index: number): Record<string, FieldValue> => ({
  [`requests.${index}.bodyId`]: '',
  [`requests.${index}.officeHolder.name`]: '',
  [`requests.${index}.officeHolder.title`]: '',
  [`requests.${index}.dueDate`]: '',
  [`requests.${index}.preparers`]: [{ name: '', title: '', email: '' }],
});

const countOf = (values: Values) => Number(values[COUNT] ?? 1);

function StatementRequestFields({ context }: { context: FormContext }) {
  const { m } = useI18n();
  const { values, set } = useFormState();
  const count = countOf(values);
  const refused = refusedRequest(m, context.refusal);
  const add = () => {
    for (const [name, value] of Object.entries(partsOf(count))) set(name, value);
    set(COUNT, String(count + 1));
  };
  // The requests after the removed one move up a place, so that each stays named by its place in the list.
  const remove = (index: number) => {
    for (let at = index; at < count - 1; at++) {
      for (const [name, empty] of Object.entries(partsOf(at)))
        set(name, values[name.replace(`requests.${at}.`, `requests.${at + 1}.`)] ?? empty);
    }
    set(COUNT, String(count - 1));
  };
  return (
    <>
      <Paragraph mb="m">{m.statementRequests.hint}</Paragraph>
      <DateField name="date" label={m.fields.requestedOn} hint={m.form.todayWhenEmpty} optional />
      {Array.from({ length: count }, (_, index) => (
        <fieldset key={index} className="group">
          <legend>{m.statementRequests.request(index + 1)}</legend>
          {refused?.index === index && <p className="field-error">{refused.text}</p>}
          <AddresseeFields
            context={context}
            bodyLabel={m.fields.statementBody}
            prefix={`requests.${index}.`}
          />
          <DateField name={`requests.${index}.dueDate`} label={m.fields.dueDate} />
          <PeopleField name={`requests.${index}.preparers`} label={m.fields.preparers} />
          {count > 1 && (
            <Button variant="secondaryNoBorder" onClick={() => remove(index)}>
              {m.statementRequests.remove(index + 1)}
            </Button>
          )}
        </fieldset>
      ))}
      <Button variant="secondary" onClick={add}>
        {m.statementRequests.add}
      </Button>
    </>
  );
}

export const STATEMENT_REQUESTS_FORM: StatementRequestsForm = {
  initial: () => ({ date: '', [COUNT]: '1', ...partsOf(0) }),
  Fields: StatementRequestFields,
  requests: (values) => ({
    date: optionalDate(values, 'date'),
    requests: Array.from({ length: countOf(values) }, (_, index) => {
      const prefix = `requests.${index}.`;
      return {
        ...addressee(values, prefix),
        dueDate: date(values, `${prefix}dueDate`),
        preparers: rows<Preparer>(values, `${prefix}preparers`),
      };
    }),
  }),
};
