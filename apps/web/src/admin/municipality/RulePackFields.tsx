import {
  ACTIONS,
  DEADLINE_RULE_KINDS,
  FINANCIAL_EFFECTS,
  LAPSE_REFERENCE_DATES,
  ROLES,
  RULE_PACK_IDS,
  WORDINGS,
} from '@aloite/domain/vocabulary';
import { Button } from 'suomifi-ui-components';
import { CheckboxField, DateField, IntField, SelectField, TextField } from '../../forms/fields';
import { useFormState } from '../../forms/form';
import { useI18n } from '../../i18n/i18n';
import { actionLabel } from '../../i18n/problem-text';
import { newRow, rowIds, SCOPE_KINDS, type RuleList } from './rule-pack-values';

// Every rule a version holds, each by its plain name; the names are the form's values (rule-pack-values.ts).

/** An error about a whole group (a row that overlaps another, an action without a role), above its fields. */
function GroupError({ name }: { name: string }) {
  const error = useFormState().errorOf(name);
  return error ? <p className="field-error">{error}</p> : null;
}

function BilingualField({ name, label }: { name: string; label: string }) {
  const { m } = useI18n();
  const words = m.rulePackAdmin;
  return (
    <>
      <TextField name={`${name}.fi`} label={`${label} ${words.inFinnish}`} />
      <TextField name={`${name}.sv`} label={`${label} ${words.inSwedish}`} />
    </>
  );
}

function RuleRows({ list }: { list: RuleList }) {
  const { m } = useI18n();
  const words = m.rulePackAdmin;
  const form = useFormState();
  const ids = rowIds(form.values, list);
  const rowName = list === 'deadlines' ? words.deadline : words.scope;
  const add = () => {
    const id = String(Math.max(-1, ...ids.map(Number)) + 1);
    for (const [name, value] of Object.entries(newRow(list, id))) form.set(name, value);
    form.set(list, [...ids, id]);
  };
  return (
    <fieldset className="group">
      <legend>{words.groups[list]}</legend>
      <GroupError name={list} />
      {ids.map((id, index) => {
        const at = (part: string) => `${list}.${id}.${part}`;
        const title = `${rowName} ${index + 1}`;
        return (
          <fieldset key={id} className="repeat-row">
            <legend>{title}</legend>
            <GroupError name={`${list}.${id}`} />
            {list === 'deadlines' && (
              <SelectField
                name={at('kind')}
                label={words.deadlineKind}
                options={DEADLINE_RULE_KINDS.map((kind) => ({
                  value: kind,
                  label: words.deadlineKinds[kind],
                }))}
              />
            )}
            {list === 'deadlines' && <IntField name={at('months')} label={words.months} />}
            <IntField name={at('minSignatories')} label={words.minSignatories} />
            <IntField
              name={at('maxSignatories')}
              label={words.maxSignatories}
              hint={words.maxSignatoriesHint}
              optional
            />
            <SelectField
              name={at('financialEffect')}
              label={words.financialEffect}
              options={FINANCIAL_EFFECTS.map((effect) => ({
                value: effect,
                label: words.financialEffects[effect],
              }))}
            />
            <fieldset className="group">
              <legend>{words.kinds}</legend>
              <GroupError name={at('kinds')} />
              {SCOPE_KINDS.map((kind) => (
                <CheckboxField key={kind} name={at(`kinds.${kind}`)} label={m.kinds[kind]} />
              ))}
            </fieldset>
            <IntField name={at('section')} label={words.section} optional />
            <Button
              variant="secondary"
              onClick={() =>
                form.set(
                  list,
                  ids.filter((other) => other !== id),
                )
              }
            >
              {words.remove(title)}
            </Button>
          </fieldset>
        );
      })}
      <Button variant="secondary" onClick={add}>
        {list === 'deadlines' ? words.addDeadline : words.addScope}
      </Button>
    </fieldset>
  );
}

export function RulePackFields() {
  const { m } = useI18n();
  const words = m.rulePackAdmin;
  const { values } = useFormState();
  return (
    <>
      <DateField name="validFrom" label={words.validFrom} hint={words.validFromHint} />
      <SelectField
        name="template"
        label={words.rules.template}
        options={RULE_PACK_IDS.map((id) => ({ value: id, label: words.templates[id] }))}
      />
      <fieldset className="group">
        <legend>{words.groups.names}</legend>
        <SelectField
          name="wording"
          label={words.rules.wording}
          options={WORDINGS.map((wording) => ({ value: wording, label: words.wordings[wording] }))}
        />
        <BilingualField name="municipality" label={words.rules.municipality} />
        <BilingualField name="council" label={words.rules.council} />
        <BilingualField name="board" label={words.rules.board} />
        <BilingualField name="governingRules" label={words.rules.governingRules} />
        <IntField name="referralSection" label={words.rules.referralSection} optional />
      </fieldset>
      <fieldset className="group">
        <legend>{words.groups.annualList}</legend>
        <IntField name="annualList.dueMonth" label={words.dueMonth} />
        <IntField name="annualList.dueDay" label={words.dueDay} />
        <IntField name="annualList.section" label={words.section} optional />
      </fieldset>
      <fieldset className="group">
        <legend>{words.groups.diaryNumber}</legend>
        <TextField name="diaryNumber.defaultPrefix" label={words.defaultPrefix} />
        <TextField name="diaryNumber.template" label={words.diaryTemplate} hint={words.diaryTemplateHint} />
      </fieldset>
      <RuleRows list="deadlines" />
      <RuleRows list="directAnswer" />
      <fieldset className="group">
        <legend>{words.groups.lapse}</legend>
        <CheckboxField name="hasLapse" label={words.hasLapse} />
        {values.hasLapse === true && (
          <>
            <IntField name="lapse.years" label={words.lapseYears} />
            <SelectField
              name="lapse.measuredAt"
              label={words.measuredAt}
              options={LAPSE_REFERENCE_DATES.map((at) => ({ value: at, label: words.measuredAtOptions[at] }))}
            />
            <IntField name="lapse.section" label={words.section} optional />
          </>
        )}
      </fieldset>
      <fieldset className="group">
        <legend>{words.groups.acknowledgement}</legend>
        <CheckboxField name="hasAcknowledgement" label={words.hasAcknowledgement} />
        {values.hasAcknowledgement === true && (
          <>
            <IntField name="acknowledgement.days" label={words.acknowledgementDays} />
            <IntField name="acknowledgement.section" label={words.section} optional />
          </>
        )}
      </fieldset>
      <fieldset className="group">
        <legend>{words.groups.permissions}</legend>
        {ACTIONS.map((action) => (
          <fieldset key={action} className="repeat-row">
            <legend>{actionLabel(m, action)}</legend>
            <GroupError name={`permissions.${action}`} />
            {ROLES.map((role) => (
              <CheckboxField key={role} name={`permissions.${action}.${role}`} label={words.roles[role]} />
            ))}
          </fieldset>
        ))}
      </fieldset>
    </>
  );
}
