import { DECISION_TYPES } from '@aloite/domain/vocabulary';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { api, ApiProblem, type FieldError } from '../api/client';
import { keys } from '../api/queries';
import type { AgendaDecisionPayload, AgendaItem, Meeting } from '../api/types';
import { Panel } from '../common/Panel';
import { SelectField, TextField } from '../forms/fields';
import { FormAlert, FormFields, useFormValues, type Values } from '../forms/form';
import { LeaveWarning, useLeaveWarning } from '../forms/leave-warning';
import { optional, text } from '../forms/payload';
import { LinesField } from '../forms/repeating-fields';
import { useI18n } from '../i18n/i18n';
import { problemText } from '../i18n/problem-text';

interface Result {
  section: number;
  saved: boolean;
  text: string;
}

/** Each item's fields are named after its § (`s16-decision`), so the rows of one form stay apart. */
const named = (item: AgendaItem, field: string) => `s${item.section}-${field}`;

function startValues(items: AgendaItem[]): Values {
  return Object.fromEntries(
    items.flatMap((item) => [
      [named(item, 'decisionType'), 'asProposed'],
      [named(item, 'decision'), ''],
      [named(item, 'responseText'), ''],
      [named(item, 'resolutions'), []],
    ]),
  );
}

function decisionOf(item: AgendaItem, values: Values): AgendaDecisionPayload {
  const decisionType = (text(values, named(item, 'decisionType')) ||
    'asProposed') as AgendaDecisionPayload['decisionType'];
  const resolutions = ((values[named(item, 'resolutions')] as string[] | undefined) ?? [])
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    decisionType,
    ...(decisionType === 'asProposed'
      ? {}
      : {
          decision: optional(values, named(item, 'decision')),
          responseText: optional(values, named(item, 'responseText')),
        }),
    ...(resolutions.length > 0 ? { resolutions } : {}),
  };
}

function DecisionRow({ item, values }: { item: AgendaItem; values: Values }) {
  const { m } = useI18n();
  const asProposed = (text(values, named(item, 'decisionType')) || 'asProposed') === 'asProposed';
  return (
    <fieldset className="group">
      <legend>
        § {item.section} {item.title}
      </legend>
      <SelectField
        name={named(item, 'decisionType')}
        label={m.fields.decisionType}
        options={DECISION_TYPES.map((type) => ({ value: type, label: m.decisionTypes[type] }))}
      />
      {!asProposed && <TextField name={named(item, 'decision')} label={m.fields.decision} multiline />}
      {!asProposed && item.event === 'RECORD_STATEMENT' && (
        <TextField name={named(item, 'responseText')} label={m.meetings.changedResponse} multiline optional />
      )}
      {item.event === 'RECORD_COUNCIL_DECISION' && (
        <LinesField
          name={named(item, 'resolutions')}
          label={m.fields.resolutions}
          itemLabel={m.fields.resolution}
        />
      )}
    </fieldset>
  );
}

/**
 * The whole agenda's decisions on one page: every undecided item as proposed unless changed, one save that
 * records each item's decision and says, item by item, what was saved and what was refused and why.
 */
export function DecisionsPanel({ meeting }: { meeting: Meeting }) {
  const { m } = useI18n();
  const client = useQueryClient();
  const undecided = meeting.items.filter((item) => item.decision === null);
  const { values, set, typed, saved: allSaved } = useFormValues(startValues(meeting.items));
  const leaving = useLeaveWarning(typed);
  const [results, setResults] = useState<Result[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  if (undecided.length === 0 && results.length === 0) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const saved: Result[] = [];
    const refusedFields: FieldError[] = [];
    // One after the other: each decision moves the meeting (the first one marks it held).
    for (const item of undecided) {
      const decision = decisionOf(item, values);
      try {
        await api(`/api/meetings/${meeting.id}/items/${item.id}/decision`, {
          method: 'POST',
          body: decision,
        });
        const type = m.decisionTypes[decision.decisionType];
        saved.push({ section: item.section, saved: true, text: m.meetings.savedItem(item.section, type) });
      } catch (error) {
        const reason = problemText(m, error);
        saved.push({
          section: item.section,
          saved: false,
          text: m.meetings.refusedItem(item.section, reason),
        });
        if (error instanceof ApiProblem)
          refusedFields.push(...error.errors.map((field) => ({ ...field, field: named(item, field.field) })));
      }
    }
    setResults(saved);
    setErrors(refusedFields);
    if (saved.every((result) => result.saved)) allSaved();
    setSaving(false);
    await Promise.all([
      client.invalidateQueries({ queryKey: keys.meeting(meeting.id) }),
      ...undecided.flatMap((item) =>
        item.initiativeIds.map((id) => client.invalidateQueries({ queryKey: keys.initiative(id) })),
      ),
      client.invalidateQueries({ queryKey: ['initiatives'] }),
      client.invalidateQueries({ queryKey: keys.dashboard }),
    ]);
  };

  return (
    <Panel id="decisions" title={m.meetings.decisions}>
      <LeaveWarning blocker={leaving.blocker} />
      <FormAlert trigger={results.length > 0 ? results : null}>
        {results.length > 0 && (
          <InlineAlert
            status={results.every((result) => result.saved) ? 'neutral' : 'error'}
            labelText={m.meetings.results}
            mb="m"
          >
            <ul>
              {results.map((result) => (
                <li key={result.section}>{result.text}</li>
              ))}
            </ul>
          </InlineAlert>
        )}
      </FormAlert>
      {undecided.length > 0 && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Paragraph mb="s">{m.meetings.decisionsIntro}</Paragraph>
          <FormFields values={values} set={set} errors={errors}>
            {undecided.map((item) => (
              <DecisionRow key={item.id} item={item} values={values} />
            ))}
          </FormFields>
          <Button type="submit" disabled={saving}>
            {m.meetings.recordDecisions}
          </Button>
        </form>
      )}
    </Panel>
  );
}
