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
import { Button, Checkbox, DateInput, DropdownItem, Textarea, TextInput } from 'suomifi-ui-components';
import type { FieldError } from '../api/client';
import type { Messages } from '../i18n/fi';
import { useI18n } from '../i18n/i18n';
import { LabelledDropdown } from '../common/LabelledDropdown';

export type FieldValue = string | boolean | string[] | Row[];
export type Values = Record<string, FieldValue>;

interface FormState {
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
 * The API's field message in the clerk's language where the rule is a common one; a rule of the domain (say,
 * "must be the council") keeps the API's own words.
 */
function fieldMessage(error: FieldError, typed: unknown, m: Messages): string {
  const empty = typed === undefined || (typeof typed === 'string' && typed.trim() === '');
  if (empty) return m.validation.required;
  const worded: Record<string, string> = {
    isoDate: m.validation.date,
    isInt: m.validation.number,
    min: m.validation.number,
    max: m.validation.number,
  };
  return (error.rule && worded[error.rule]) || error.message;
}

/** Form values that survive anything the server answers: only the user changes them. */
export function useFormValues(initial: Values) {
  const [values, setValues] = useState<Values>(initial);
  const set = useCallback(
    (name: string, value: FieldValue) => setValues((current) => ({ ...current, [name]: value })),
    [],
  );
  return { values, set };
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
        return error && fieldMessage(error, valueAt(values, name), m);
      },
    }),
    [values, set, errors, m],
  );
  return <FormContext.Provider value={state}>{children}</FormContext.Provider>;
}

function useField(name: string) {
  const form = useContext(FormContext);
  if (!form) throw new Error('a field outside FormFields');
  const error = form.errorOf(name);
  return {
    value: form.values[name],
    set: (value: FieldValue) => form.set(name, value),
    status: error ? ('error' as const) : ('default' as const),
    statusText: error,
  };
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
}

export function TextField({
  name,
  label,
  hint,
  optional,
  multiline,
  type,
}: FieldProps & { multiline?: boolean; type?: 'text' | 'email' }) {
  const { m } = useI18n();
  const field = useField(name);
  const common = {
    id: `field-${name}`,
    labelText: label,
    hintText: hint,
    optionalText: optional ? m.form.optional : undefined,
    status: field.status,
    statusText: field.statusText,
    fullWidth: true,
    mb: 'm' as const,
  };
  if (multiline) {
    return (
      <Textarea
        {...common}
        value={String(field.value ?? '')}
        onChange={(event) => field.set(event.target.value)}
      />
    );
  }
  return (
    <TextInput
      {...common}
      type={type ?? 'text'}
      value={String(field.value ?? '')}
      onChange={(value) => field.set(String(value ?? ''))}
    />
  );
}

export function IntField({ name, label, hint, optional }: FieldProps) {
  const { m } = useI18n();
  const field = useField(name);
  return (
    <TextInput
      id={`field-${name}`}
      labelText={label}
      hintText={hint}
      optionalText={optional ? m.form.optional : undefined}
      inputMode="numeric"
      status={field.status}
      statusText={field.statusText}
      value={String(field.value ?? '')}
      onChange={(value) => field.set(String(value ?? ''))}
      mb="m"
    />
  );
}

export function DateField({ name, label, hint, optional }: FieldProps) {
  const { m, language } = useI18n();
  const field = useField(name);
  return (
    <DateInput
      id={`field-${name}`}
      labelText={label}
      hintText={hint ?? m.form.dateHint}
      optionalText={optional ? m.form.optional : undefined}
      language={language}
      datePickerEnabled
      status={field.status}
      statusText={field.statusText}
      value={String(field.value ?? '')}
      onChange={({ value }) => field.set(value)}
      mb="m"
    />
  );
}

export function SelectField({
  name,
  label,
  hint,
  optional,
  options,
}: FieldProps & { options: { value: string; label: string }[] }) {
  const { m } = useI18n();
  const field = useField(name);
  return (
    <div className="field">
      <LabelledDropdown
        id={`field-${name}`}
        labelText={label}
        hintText={hint}
        optionalText={optional ? m.form.optional : undefined}
        visualPlaceholder={m.form.choose}
        status={field.status}
        statusText={field.statusText}
        value={String(field.value ?? '') || null}
        onChange={(value) => field.set(value)}
        fullWidth
      >
        {options.map((option) => (
          <DropdownItem key={option.value} value={option.value}>
            {option.label}
          </DropdownItem>
        ))}
      </LabelledDropdown>
    </div>
  );
}

export function CheckboxField({ name, label }: { name: string; label: string }) {
  const field = useField(name);
  return (
    <Checkbox
      id={`field-${name}`}
      checked={field.value === true}
      onClick={({ checkboxState }) => field.set(checkboxState)}
      status={field.status}
      statusText={field.statusText}
      mb="m"
    >
      {label}
    </Checkbox>
  );
}

export type Row = Record<string, string | boolean>;

export interface RowPart {
  key: string;
  label: string;
  kind: 'text' | 'email' | 'checkbox';
  optional?: boolean;
}

/** A list of rows typed one by one (preparers, signatories): each row's parts, its own errors, add and remove. */
export function RowsField({
  name,
  label,
  optional,
  parts,
  addLabel,
}: FieldProps & { parts: RowPart[]; addLabel: string }) {
  const { m } = useI18n();
  const form = useContext(FormContext);
  const field = useField(name);
  const rows = (field.value as Row[] | undefined) ?? [];
  const update = (index: number, key: string, value: string | boolean) =>
    field.set(rows.map((row, at) => (at === index ? { ...row, [key]: value } : row)));
  const empty = Object.fromEntries(parts.map((part) => [part.key, part.kind === 'checkbox' ? false : '']));
  return (
    <fieldset className="repeat">
      <legend>
        {label}
        {optional ? ` (${m.form.optional})` : ''}
      </legend>
      {field.statusText && <p className="field-error">{field.statusText}</p>}
      {rows.map((row, index) => (
        <div key={index} className="repeat-row">
          {parts.map((part) => {
            const error = form?.errorOf(`${name}.${index}.${part.key}`);
            const id = `field-${name}-${index}-${part.key}`;
            return part.kind === 'checkbox' ? (
              <Checkbox
                key={part.key}
                id={id}
                checked={row[part.key] === true}
                onClick={({ checkboxState }) => update(index, part.key, checkboxState)}
              >
                {`${part.label} ${index + 1}`}
              </Checkbox>
            ) : (
              <TextInput
                key={part.key}
                id={id}
                labelText={`${part.label} ${index + 1}`}
                optionalText={part.optional ? m.form.optional : undefined}
                type={part.kind}
                value={String(row[part.key] ?? '')}
                status={error ? 'error' : 'default'}
                statusText={error}
                onChange={(value) => update(index, part.key, String(value ?? ''))}
              />
            );
          })}
          <Button variant="secondaryNoBorder" onClick={() => field.set(rows.filter((_, at) => at !== index))}>
            {m.form.remove(`${parts[0].label} ${index + 1}`)}
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => field.set([...rows, empty])}>
        {addLabel}
      </Button>
    </fieldset>
  );
}

/** Preparers: name, title and e-mail, one row each. */
export function PeopleField({ name, label, optional }: FieldProps) {
  const { m } = useI18n();
  return (
    <RowsField
      name={name}
      label={label}
      optional={optional}
      addLabel={m.form.addPerson}
      parts={[
        { key: 'name', label: m.person.name, kind: 'text' },
        { key: 'title', label: m.person.title, kind: 'text', optional: true },
        { key: 'email', label: m.person.email, kind: 'email', optional: true },
      ]}
    />
  );
}

/** Several paragraphs of text, e.g. the resolutions (toivomusponnet) the council adopted. */
export function LinesField({ name, label, itemLabel }: FieldProps & { itemLabel: string }) {
  const { m } = useI18n();
  const form = useContext(FormContext);
  const field = useField(name);
  const lines = (field.value as string[] | undefined) ?? [];
  return (
    <fieldset className="repeat">
      <legend>
        {label} ({m.form.optional})
      </legend>
      {lines.map((line, index) => {
        const error = form?.errorOf(`${name}.${index}`);
        return (
          <div key={index} className="repeat-row">
            <Textarea
              id={`field-${name}-${index}`}
              labelText={`${itemLabel} ${index + 1}`}
              value={line}
              status={error ? 'error' : 'default'}
              statusText={error}
              fullWidth
              onChange={(event) =>
                field.set(lines.map((current, at) => (at === index ? event.target.value : current)))
              }
            />
            <Button
              variant="secondaryNoBorder"
              onClick={() => field.set(lines.filter((_, at) => at !== index))}
            >
              {m.form.remove(`${itemLabel} ${index + 1}`)}
            </Button>
          </div>
        );
      })}
      <Button variant="secondary" onClick={() => field.set([...lines, ''])}>
        {m.form.add(itemLabel)}
      </Button>
    </fieldset>
  );
}
