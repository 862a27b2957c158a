import { Checkbox, CheckboxGroup } from 'suomifi-ui-components';
import { useField, type FieldProps } from './form';

/** Several of a list, each a checkbox in one labelled group; the API's error for the list shows on the group. */
export function ChoicesField({
  name,
  label,
  hint,
  options,
}: Omit<FieldProps, 'optional'> & { options: { value: string; label: string }[] }) {
  const field = useField(name);
  const chosen = Array.isArray(field.value) ? (field.value as string[]) : [];
  const toggle = (value: string, on: boolean) =>
    field.set(on ? [...chosen, value] : chosen.filter((candidate) => candidate !== value));
  return (
    <CheckboxGroup
      id={`field-${name}`}
      labelText={label}
      groupHintText={hint}
      groupStatus={field.status}
      groupStatusText={field.statusText}
      mb="m"
    >
      {options.map((option) => (
        <Checkbox
          key={option.value}
          id={`field-${name}-${option.value}`}
          checked={chosen.includes(option.value)}
          onClick={({ checkboxState }) => toggle(option.value, checkboxState)}
        >
          {option.label}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
