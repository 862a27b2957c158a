import { Checkbox, DateInput, DropdownItem, Textarea, TextInput } from 'suomifi-ui-components';
import type { Language } from '@aloite/domain';
import { LabelledDropdown } from '../common/LabelledDropdown';
import { LanguageChoice } from '../common/LanguageChoice';
import { useI18n } from '../i18n/i18n';
import { useField, type FieldProps } from './form';

// The single-value fields: each shows its label, hint and the API's error for it in the clerk's language.

export function TextField({
  name,
  label,
  hint,
  optional,
  multiline,
  type,
}: FieldProps & { multiline?: boolean; type?: 'text' | 'email' | 'password' }) {
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
  onChosen,
}: FieldProps & {
  options: { value: string; label: string }[];
  /** What else changes with the choice, seen before the form has it. */
  onChosen?: (value: string) => void;
}) {
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
        onChange={(value) => {
          onChosen?.(value);
          field.set(value);
        }}
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

/** The language a text is written in, one of the municipality's. */
export function LanguageField({ name, label, hint, options }: FieldProps & { options: Language[] }) {
  const field = useField(name);
  return (
    <LanguageChoice
      id={`field-${name}`}
      label={label}
      hint={hint}
      options={options}
      value={options.find((option) => option === field.value) ?? options[0]}
      onChange={field.set}
      status={field.status}
      statusText={field.statusText}
    />
  );
}
