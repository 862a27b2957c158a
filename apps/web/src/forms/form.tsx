import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { FieldError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { fieldText } from '../i18n/problem-text';

// A form's values, which field shows which of the API's errors, and where the form reports back. The fields
// themselves are in fields.tsx and repeating-fields.tsx.

export type FieldValue = string | boolean | string[] | Row[];
export type Values = Record<string, FieldValue>;
export type Row = Record<string, string | boolean>;

export interface FormState {
  values: Values;
  set: (name: string, value: FieldValue) => void;
  errorOf: (name: string) => string | undefined;
}

const FormContext = createContext<FormState | null>(null);

/**
 * Where a form reports back: when something appears here (an error, a confirmation), focus moves to it so a
 * screen reader announces it.
 */
export function FormAlert({ trigger, children }: { trigger: unknown; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (trigger) ref.current?.focus();
  }, [trigger]);
  return (
    <div ref={ref} tabIndex={-1} className="form-alert">
      {children}
    </div>
  );
}

/** What was typed in a field, also inside a row (`preparers.0.name`). */
function valueAt(values: Values, name: string): unknown {
  if (name in values) return values[name];
  const [list, index, part] = name.split('.');
  const rows = values[list];
  if (!Array.isArray(rows)) return undefined;
  const row: unknown = rows[Number(index)];
  return part && typeof row === 'object' && row !== null ? (row as Row)[part] : row;
}

/**
 * Form values that survive anything the server answers: only the user changes them. `typed`: they differ from
 * what the form opened with or last saved (`saved()`, for a form that stays on its page); see useLeaveWarning.
 */
export function useFormValues(initial: Values) {
  const [form, setForm] = useState({ values: initial, clean: initial });
  const set = useCallback(
    (name: string, value: FieldValue) =>
      setForm((current) => ({ ...current, values: { ...current.values, [name]: value } })),
    [],
  );
  const saved = useCallback(() => setForm((current) => ({ ...current, clean: current.values })), []);
  const typed = useMemo(() => JSON.stringify(form.values) !== JSON.stringify(form.clean), [form]);
  return { values: form.values, set, typed, saved };
}

export function FormFields({
  values,
  set,
  errors,
  children,
}: {
  values: Values;
  set: (name: string, value: FieldValue) => void;
  errors: FieldError[];
  children: ReactNode;
}) {
  const { m } = useI18n();
  const state = useMemo<FormState>(
    () => ({
      values,
      set,
      errorOf: (name) => {
        const error = errors.find((candidate) => candidate.field === name);
        return error && fieldText(m, error, valueAt(values, name));
      },
    }),
    [values, set, errors, m],
  );
  return <FormContext.Provider value={state}>{children}</FormContext.Provider>;
}

/** The form a field is in; a repeating field asks it for the errors of its rows' parts. */
export function useFormState(): FormState {
  const form = useContext(FormContext);
  if (!form) throw new Error('a field outside FormFields');
  return form;
}

/** A field's value, its setter and its error, by the field's name (`meeting.date`, `preparers`). */
export function useField(name: string) {
  const form = useFormState();
  const error = form.errorOf(name);
  return {
    value: form.values[name],
    set: (value: FieldValue) => form.set(name, value),
    status: error ? ('error' as const) : ('default' as const),
    statusText: error,
  };
}

export interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
}
