import type { Language } from '@aloite/domain';
import { INITIATIVE_KINDS } from '@aloite/domain/vocabulary';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { api } from '../api/client';
import { keys, useBodies, useMunicipality } from '../api/queries';
import type { Body, Initiative, Me } from '../api/types';
import { RoleForbids } from '../common/RoleForbids';
import { useMayAct } from '../session/permissions';
import { municipalityLanguages } from '../common/LanguageChoice';
import { QueryView } from '../common/QueryView';
import { CheckboxField, DateField, IntField, LanguageField, SelectField, TextField } from '../forms/fields';
import { FormAlert, FormFields, useFormValues, type Values } from '../forms/form';
import { LeaveWarning, useLeaveWarning } from '../forms/leave-warning';
import { RowsField } from '../forms/repeating-fields';
import { bodyOptions, date, integer, onlyBodyOf, optional, rows, text } from '../forms/payload';
import { useI18n } from '../i18n/i18n';
import { alertText, fieldErrorsOf } from '../i18n/problem-text';

function filing(values: Values) {
  const named = rows(values, 'signatories');
  // With no one named and no count, the missing value is the first signatory's name, not the optional count.
  const signatories = named.length > 0 || text(values, 'signatoryCount') ? named : [{ firstSigner: true }];
  return {
    diaryNumber: optional(values, 'diaryNumber'),
    title: text(values, 'title'),
    text: text(values, 'text'),
    language: optional(values, 'language'),
    kind: text(values, 'kind'),
    submittedOn: date(values, 'submittedOn'),
    signatories,
    // Signatories may be named one by one, or only counted (a resident initiative with hundreds of names).
    signatoryCount: text(values, 'signatoryCount') ? integer(values, 'signatoryCount') : signatories.length,
    hasFinancialEffect: values.hasFinancialEffect === true,
    filedAt: {
      bodyId: text(values, 'filedAt.bodyId'),
      date: date(values, 'filedAt.date'),
      section: integer(values, 'filedAt.section'),
    },
  };
}

function FilingForm({ bodies, languages }: { bodies: Body[]; languages: Language[] }) {
  const { m } = useI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { values, set, typed } = useFormValues({
    diaryNumber: '',
    title: '',
    text: '',
    language: languages[0],
    kind: 'councillor',
    submittedOn: '',
    signatories: [{ name: '', party: '', firstSigner: true }],
    signatoryCount: '',
    hasFinancialEffect: false,
    'filedAt.bodyId': onlyBodyOf(bodies, 'council'),
    'filedAt.date': '',
    'filedAt.section': '',
  });
  const leaving = useLeaveWarning(typed);
  const [problem, setProblem] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const filed = await api<Initiative>('/api/initiatives', { method: 'POST', body: filing(values) });
      client.setQueryData(keys.initiative(filed.id), filed);
      await client.invalidateQueries({ queryKey: keys.dashboard });
      await client.invalidateQueries({ queryKey: ['initiatives'] });
      leaving.saved();
      void navigate(`/initiatives/${filed.id}`, { state: { saved: 'FILE' } });
    } catch (error) {
      setProblem(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <LeaveWarning blocker={leaving.blocker} />
      <FormAlert trigger={problem}>
        {problem !== null && (
          <InlineAlert status="error" labelText={m.form.notSavedTitle} mb="m">
            {alertText(m, problem)}
          </InlineAlert>
        )}
      </FormAlert>
      <FormFields values={values} set={set} errors={fieldErrorsOf(problem)}>
        <TextField name="title" label={m.fields.title} />
        <TextField name="text" label={m.initiative.text} multiline />
        {languages.length > 1 && (
          <LanguageField
            name="language"
            label={m.languages.initiative}
            hint={m.languages.initiativeHint}
            options={languages}
          />
        )}
        <SelectField
          name="kind"
          label={m.fields.kind}
          options={INITIATIVE_KINDS.map((kind) => ({ value: kind, label: m.kinds[kind] }))}
        />
        <DateField name="submittedOn" label={m.fields.submittedOn} />
        <RowsField
          name="signatories"
          label={m.initiative.signatories}
          addLabel={m.filing.addSignatory}
          parts={[
            { key: 'name', label: m.filing.signatoryName, kind: 'text' },
            { key: 'party', label: m.filing.party, kind: 'text', optional: true },
            { key: 'firstSigner', label: m.fields.firstSigner, kind: 'checkbox' },
          ]}
        />
        <IntField
          name="signatoryCount"
          label={m.fields.signatoryCount}
          hint={m.filing.signatoryCountHint}
          optional
        />
        <CheckboxField name="hasFinancialEffect" label={m.fields.hasFinancialEffect} />
        <fieldset className="group">
          <legend>{m.fields.filedAt}</legend>
          <SelectField
            name="filedAt.bodyId"
            label={m.fields.meetingBody}
            options={bodyOptions(bodies, ['council'])}
          />
          <DateField name="filedAt.date" label={m.fields.meetingDate} />
          <IntField name="filedAt.section" label={m.fields.section} hint={m.fields.sectionHint} />
        </fieldset>
        <TextField name="diaryNumber" label={m.fields.diaryNumber} hint={m.filing.diaryNumberHint} optional />
      </FormFields>
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {m.filing.submit}
        </Button>
        <Button variant="secondary" onClick={() => void navigate('/initiatives')}>
          {m.form.cancel}
        </Button>
      </div>
    </form>
  );
}

export function FilingPage({ me }: { me: Me }) {
  const { m } = useI18n();
  const bodies = useBodies();
  const municipality = useMunicipality();
  const may = useMayAct(me);
  return (
    <>
      <Heading variant="h1" mb="s">
        {m.filing.title}
      </Heading>
      <QueryView query={municipality}>
        {(data) => (
          <RoleForbids may={may('FILE_INITIATIVE')} action="FILE_INITIATIVE">
            <Paragraph mb="m">{m.filing.intro}</Paragraph>
            <QueryView query={bodies}>
              {(list) => <FilingForm bodies={list} languages={municipalityLanguages(data)} />}
            </QueryView>
          </RoleForbids>
        )}
      </QueryView>
    </>
  );
}
