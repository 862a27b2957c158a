import type { Initiative, StatementRequest } from '../api/types';
import { DetailList } from '../common/DetailList';
import { SelectField } from '../forms/fields';
import { useFormState, type Row } from '../forms/form';
import { text } from '../forms/payload';
import { formatDate, useI18n } from '../i18n/i18n';
import { InitiativeText } from '../initiatives/InitiativeText';
import type { FormContext } from './event-form-parts';

// The request a statement answers: what the statement's form shows of it and proposes from it, so that nothing
// typed into the request is typed again.

/** Bodies with an open request; for an event scoped to a body, only those this user may apply it for. */
export function openRequestBodies(
  { initiative, bodies, mayAct }: FormContext,
  type: 'RECORD_STATEMENT' | 'WAIVE_STATEMENT',
) {
  return initiative.statements
    .flatMap(({ status, bodyId }) => (status === 'open' && bodyId !== null ? [bodyId] : []))
    .filter((bodyId) => mayAct(type, bodyId))
    .map((bodyId) => ({ value: bodyId, label: bodies.find((body) => body.id === bodyId)?.name ?? bodyId }));
}

function openRequestOf(initiative: Initiative, bodyId: string): StatementRequest | undefined {
  return initiative.statements.find((request) => request.status === 'open' && request.bodyId === bodyId);
}

/** The preparers the request named, as the form's rows. */
export function requestPreparers(initiative: Initiative, bodyId: string): Row[] {
  return (openRequestOf(initiative, bodyId)?.preparers ?? []).map(({ name, title, email }) => ({
    name,
    title: title ?? '',
    email: email ?? '',
  }));
}

/**
 * The body whose statement is recorded, when it was asked and by when, and the initiative's text. Choosing
 * another body brings its request's preparers, unless the clerk has changed those shown.
 */
export function AnsweredRequest({ context }: { context: FormContext }) {
  const { m } = useI18n();
  const { values, set } = useFormState();
  const { initiative } = context;
  const bodyId = text(values, 'bodyId');
  const request = openRequestOf(initiative, bodyId);
  const followBody = (chosen: string) => {
    const untouched =
      JSON.stringify(values.preparers) === JSON.stringify(requestPreparers(initiative, bodyId));
    if (untouched) set('preparers', requestPreparers(initiative, chosen));
  };
  return (
    <>
      <SelectField
        name="bodyId"
        label={m.fields.statementBody}
        options={openRequestBodies(context, 'RECORD_STATEMENT')}
        onChosen={followBody}
      />
      {request && (
        <DetailList
          rows={[
            [m.fields.requestedOn, formatDate(request.requestedOn)],
            [m.fields.dueDate, formatDate(request.dueDate)],
          ]}
        />
      )}
      <InitiativeText initiative={initiative} />
    </>
  );
}
