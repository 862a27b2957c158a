import { LANGUAGES, RULE_PACK_IDS } from '@aloite/domain/vocabulary';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, Heading, InlineAlert, Notification, Paragraph } from 'suomifi-ui-components';
import { api } from '../../api/client';
import { keys, useMunicipality } from '../../api/queries';
import type { Me, Municipality } from '../../api/types';
import { QueryView } from '../../common/QueryView';
import { RoleForbids } from '../../common/RoleForbids';
import { SelectField, TextField } from '../../forms/fields';
import { FormAlert, FormFields, useFormValues, type Values } from '../../forms/form';
import { LeaveWarning, useLeaveWarning } from '../../forms/leave-warning';
import { text } from '../../forms/payload';
import { formatDate, useI18n } from '../../i18n/i18n';
import { alertText, fieldErrorsOf } from '../../i18n/problem-text';
import { useMayAct } from '../../session/permissions';

/** No second language: the dropdown's own value for null. */
const NONE = 'none';

function valuesOf(municipality: Municipality): Values {
  return {
    name: municipality.name,
    diaryPrefix: municipality.diaryPrefix,
    language: municipality.language,
    secondLanguage: municipality.secondLanguage ?? NONE,
    rulePack: municipality.rulePack,
  };
}

/** `PUT /api/municipality`: a template is sent only when another is chosen, since it starts new rules today. */
function update(values: Values, municipality: Municipality) {
  const rulePack = text(values, 'rulePack');
  const secondLanguage = text(values, 'secondLanguage');
  return {
    name: text(values, 'name'),
    diaryPrefix: text(values, 'diaryPrefix'),
    language: text(values, 'language'),
    secondLanguage: secondLanguage === NONE ? null : secondLanguage,
    ...(rulePack !== municipality.rulePack && { rulePack }),
  };
}

function MunicipalityForm({ municipality }: { municipality: Municipality }) {
  const { m } = useI18n();
  const words = m.municipalityAdmin;
  const client = useQueryClient();
  const { values, set, typed, saved } = useFormValues(valuesOf(municipality));
  const leaving = useLeaveWarning(typed);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [saving, setSaving] = useState(false);
  const languages = LANGUAGES.map((language) => ({ value: language, label: m.languages.names[language] }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setDone(false);
    try {
      const updated = await api<Municipality>('/api/municipality', {
        method: 'PUT',
        body: update(values, municipality),
      });
      client.setQueryData(keys.municipality, updated);
      await client.invalidateQueries({ queryKey: ['rule-packs'] });
      saved();
      setProblem(null);
      setDone(true);
    } catch (error) {
      setProblem(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <LeaveWarning blocker={leaving.blocker} />
      <div role="status">
        {done && (
          <Notification closeText={m.common.close} onCloseButtonClick={() => setDone(false)} mb="m">
            {words.saved}
          </Notification>
        )}
      </div>
      <FormAlert trigger={problem}>
        {problem !== null && (
          <InlineAlert status="error" labelText={m.form.notSavedTitle} mb="m">
            {alertText(m, problem)}
          </InlineAlert>
        )}
      </FormAlert>
      <FormFields values={values} set={set} errors={fieldErrorsOf(problem)}>
        <TextField name="name" label={words.name} />
        <TextField name="diaryPrefix" label={words.diaryPrefix} hint={words.diaryPrefixHint} />
        <SelectField name="language" label={words.language} options={languages} />
        <SelectField
          name="secondLanguage"
          label={words.secondLanguage}
          hint={words.secondLanguageHint}
          options={[{ value: NONE, label: words.oneLanguage }, ...languages]}
        />
        <SelectField
          name="rulePack"
          label={words.rulePack}
          hint={words.rulePackHint}
          options={RULE_PACK_IDS.map((id) => ({ value: id, label: m.rulePackAdmin.templates[id] }))}
        />
      </FormFields>
      <Paragraph mb="m">
        {words.inForce(
          m.rulePackAdmin.templates[municipality.rulePack],
          formatDate(municipality.rulePackValidFrom),
        )}{' '}
        <Link to="/admin/rule-packs">{words.toRulePacks}</Link>
      </Paragraph>
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {words.submit}
        </Button>
      </div>
    </form>
  );
}

export function MunicipalityPage({ me }: { me: Me }) {
  const { m } = useI18n();
  const may = useMayAct(me);
  const municipality = useMunicipality();
  return (
    <>
      <Heading variant="h1" mb="s">
        {m.municipalityAdmin.title}
      </Heading>
      <RoleForbids may={may('EDIT_MUNICIPALITY')} action="EDIT_MUNICIPALITY">
        <Paragraph mb="m">{m.municipalityAdmin.intro}</Paragraph>
        <QueryView query={municipality}>{(data) => <MunicipalityForm municipality={data} />}</QueryView>
      </RoleForbids>
    </>
  );
}
