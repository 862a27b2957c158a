import type { Ref } from 'react';
import { InlineAlert } from 'suomifi-ui-components';
import { api, ApiProblem } from '../api/client';
import type { Attachment } from '../api/types';
import { SelectField, TextField } from '../forms/fields';
import { FormAlert, useFormState, type Values } from '../forms/form';
import { text } from '../forms/payload';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/fi';
import { alertText } from '../i18n/problem-text';

// What adding a document takes, wherever a document is added: the documents section's own form, and an event's
// form that takes its document with it (the statement's).

export const PUBLICITIES = ['public', 'notYetPublic', 'confidential'] as const;

/** The file chooser (Suomi.fi has none); `file` names it in the form and in the request. */
export function FileField({
  label,
  optional,
  invalid,
  inputRef,
}: {
  label: string;
  optional?: boolean;
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { m } = useI18n();
  return (
    <div className="field">
      <label htmlFor="field-file" className="file-label">
        {label}
        {optional ? ` (${m.form.optional})` : ''}
      </label>
      <span id="field-file-hint" className="hint">
        {m.attachments.fileHint}
      </span>
      <input
        id="field-file"
        name="file"
        ref={inputRef}
        type="file"
        accept=".pdf,.docx,.odt,.txt,.png,.jpg,.jpeg"
        aria-describedby="field-file-hint"
        aria-invalid={invalid ? true : undefined}
      />
    </div>
  );
}

/** The file chosen in a form's `file` field, if any. */
export function chosenFile(form: HTMLFormElement): File | undefined {
  const input = form.elements.namedItem('file');
  return input instanceof HTMLInputElement ? (input.files?.[0] ?? undefined) : undefined;
}

/** Whether the document is public, and on what legal ground a confidential one is kept secret. */
export function PublicityFields() {
  const { m } = useI18n();
  const { values } = useFormState();
  return (
    <>
      <SelectField
        name="publicity"
        label={m.attachments.publicity}
        options={PUBLICITIES.map((value) => ({ value, label: m.publicity[value] }))}
      />
      {values.publicity === 'confidential' && (
        <TextField
          name="legalGround"
          label={m.attachments.legalGround}
          hint={m.attachments.legalGroundHint}
        />
      )}
    </>
  );
}

export const publicityStart = { publicity: 'public', legalGround: '' };

export interface DocumentFields {
  publicity: string;
  legalGround: string;
  handlingSeq: string;
  bodyId: string;
}

export function addDocument(initiativeId: string, file: File, fields: DocumentFields): Promise<Attachment> {
  const form = new FormData();
  form.append('publicity', fields.publicity);
  if (fields.publicity === 'confidential') form.append('legalGround', fields.legalGround);
  if (fields.handlingSeq) form.append('handlingSeq', fields.handlingSeq);
  if (fields.bodyId) form.append('bodyId', fields.bodyId);
  form.append('file', file, file.name);
  return api<Attachment>(`/api/initiatives/${initiativeId}/attachments`, { method: 'POST', form });
}

/** What `PublicityFields` took. */
export const publicityOf = (values: Values) => ({
  publicity: text(values, 'publicity'),
  legalGround: text(values, 'legalGround'),
});

/** Why a document was not added, in the clerk's language. */
export function documentProblemText(m: Messages, error: unknown): string {
  if (!(error instanceof ApiProblem)) return m.common.unreachable;
  if (error.status === 413) return m.attachments.tooLarge;
  if (error.status === 415) return m.attachments.wrongType;
  return alertText(m, error);
}

/** A document an event's form took that could not be added after the event was recorded. */
export interface DocumentFailure {
  fileName: string;
  reason: string;
}

/** What was recorded stays recorded; the clerk is told which document to add again, and why it failed. */
export function DocumentNotAdded({ failure }: { failure: DocumentFailure }) {
  const { m } = useI18n();
  return (
    <FormAlert trigger={failure}>
      <InlineAlert status="error" labelText={m.attachments.notAddedTitle(failure.fileName)} mb="m">
        {m.attachments.notAddedAfterSave(failure.reason)}
      </InlineAlert>
    </FormAlert>
  );
}
