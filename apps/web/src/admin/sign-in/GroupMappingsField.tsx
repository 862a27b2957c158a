import { Button } from 'suomifi-ui-components';
import type { Body } from '../../api/types';
import { ChoicesField } from '../../forms/choices-field';
import { TextField } from '../../forms/fields';
import { useField, useFormState } from '../../forms/form';
import { useI18n } from '../../i18n/i18n';
import { bodyChoices, roleOptions } from '../UsersPage';
import { addRow, MAPPINGS, partName, removeRow, rowCount } from './sign-in-values';

/** The provider's groups, each with the roles its members get and, for secretaries, the bodies they serve. */
export function GroupMappingsField({ bodies }: { bodies: Body[] }) {
  const { m } = useI18n();
  const t = m.signInAdmin;
  const form = useFormState();
  const whole = useField(MAPPINGS);
  const count = rowCount(form.values);
  return (
    <fieldset className="repeat" id={`field-${MAPPINGS}`}>
      <legend>{t.mappings}</legend>
      <p>{t.mappingsHint}</p>
      {whole.statusText && <p className="field-error">{whole.statusText}</p>}
      {Array.from({ length: count }, (_, index) => {
        const roles = (form.values[partName(index, 'roles')] as string[] | undefined) ?? [];
        const served = (form.values[partName(index, 'bodyIds')] as string[] | undefined) ?? [];
        return (
          <div key={index} className="repeat-row">
            <TextField name={partName(index, 'group')} label={t.group(index + 1)} />
            <ChoicesField
              name={partName(index, 'roles')}
              label={t.roles(index + 1)}
              options={roleOptions(m)}
            />
            {roles.includes('committeeSecretary') && (
              <ChoicesField
                name={partName(index, 'bodyIds')}
                label={t.bodies(index + 1)}
                options={bodyChoices(bodies, served)}
              />
            )}
            <Button variant="secondaryNoBorder" onClick={() => removeRow(form.values, form.set, index)}>
              {t.removeMapping(index + 1)}
            </Button>
          </div>
        );
      })}
      <Button variant="secondary" onClick={() => addRow(form.values, form.set)}>
        {t.addMapping}
      </Button>
    </fieldset>
  );
}
