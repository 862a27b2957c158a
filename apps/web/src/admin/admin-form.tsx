import { useState, type FormEvent } from 'react';
import { InlineAlert, Notification } from 'suomifi-ui-components';
import type { FieldError } from '../api/client';
import { FormAlert } from '../forms/form';
import { useI18n } from '../i18n/i18n';
import { alertText, fieldErrorsOf } from '../i18n/problem-text';

type Outcome = { kind: 'idle' } | { kind: 'saved'; text: string } | { kind: 'refused'; detail: string };

/**
 * An administration form's save: `save` sends the request and returns what to confirm; a refusal is shown in the
 * clerk's language with each field's error at the field.
 */
export function useAdminSave(save: () => Promise<string>) {
  const { m } = useI18n();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const text = await save();
      setErrors([]);
      setOutcome({ kind: 'saved', text });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setOutcome({ kind: 'refused', detail: alertText(m, error) });
    }
  };
  return { errors, outcome, submit: (event: FormEvent) => void submit(event) };
}

export function SaveOutcome({ outcome }: { outcome: Outcome }) {
  const { m } = useI18n();
  return (
    <FormAlert trigger={outcome.kind === 'idle' ? null : outcome}>
      {outcome.kind === 'saved' && (
        <Notification closeText={m.common.close} headingText={m.form.saved} mb="m" role="status">
          {outcome.text}
        </Notification>
      )}
      {outcome.kind === 'refused' && (
        <InlineAlert status="error" labelText={m.form.notSavedTitle} mb="m">
          {outcome.detail}
        </InlineAlert>
      )}
    </FormAlert>
  );
}
