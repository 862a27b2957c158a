import { Button, Checkbox, Textarea, TextInput } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n';
import { useField, useFormState, type FieldProps, type Row } from './form';

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
  const form = useFormState();
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
            const error = form.errorOf(`${name}.${index}.${part.key}`);
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
  const form = useFormState();
  const field = useField(name);
  const lines = (field.value as string[] | undefined) ?? [];
  return (
    <fieldset className="repeat">
      <legend>
        {label} ({m.form.optional})
      </legend>
      {lines.map((line, index) => {
        const error = form.errorOf(`${name}.${index}`);
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
