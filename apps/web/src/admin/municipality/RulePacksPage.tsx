import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, Heading, InlineAlert, Notification, Paragraph } from 'suomifi-ui-components';
import { api } from '../../api/client';
import { keys, useMunicipality } from '../../api/queries';
import type { Me } from '../../api/types';
import { Panel } from '../../common/Panel';
import { QueryView } from '../../common/QueryView';
import { RoleForbids } from '../../common/RoleForbids';
import { TableOrCards } from '../../common/Table';
import { FormAlert, FormFields, useFormValues } from '../../forms/form';
import { LeaveWarning, useLeaveWarning } from '../../forms/leave-warning';
import { formatDate, formatInstant, useI18n } from '../../i18n/i18n';
import { alertText, fieldErrorsOf } from '../../i18n/problem-text';
import { useMayAct } from '../../session/permissions';
import { RulePackFields } from './RulePackFields';
import { RulePackPreview } from './RulePackPreview';
import {
  changedRules,
  formErrors,
  packOf,
  valuesOf,
  type RulePack,
  type RulePackPreview as Preview,
  type RulePackVersion,
} from './rule-pack-values';

const VERSIONS = ['rule-packs'] as const;

/** The versions oldest first, the one in force today marked, each with the rules it changed. */
function Versions({ versions, inForce }: { versions: RulePackVersion[]; inForce: string }) {
  const { m } = useI18n();
  const words = m.rulePackAdmin;
  const current = versions.findIndex((version) => version.rules.validFrom === inForce);
  return (
    <TableOrCards
      caption={words.versions}
      head={[words.validFrom, words.template, words.changes, words.addedBy]}
      rows={versions.map((version, index) => {
        const changed = changedRules(version.rules, versions[index - 1]?.rules);
        const mark = index === current ? words.inForceToday : index > current ? words.upcoming : null;
        return {
          key: version.id,
          cells: [
            <>
              {formatDate(version.rules.validFrom)}
              {mark && <strong className="version-mark"> {mark}</strong>}
            </>,
            words.templates[version.rules.template],
            index === 0
              ? words.first
              : changed.length === 0
                ? words.none
                : changed.map((key) => words.rules[key]).join(', '),
            formatInstant(version.createdAt, m),
          ],
        };
      })}
    />
  );
}

function NewVersionForm({ inForce, onSaved }: { inForce: RulePack; onSaved: (validFrom: string) => void }) {
  const { m } = useI18n();
  const words = m.rulePackAdmin;
  const { values, set, typed, saved } = useFormValues(valuesOf(inForce));
  const leaving = useLeaveWarning(typed);
  const [problem, setProblem] = useState<unknown>(null);
  const [preview, setPreview] = useState<{ of: string; answer: Preview } | null>(null);
  const [busy, setBusy] = useState(false);
  const pack = packOf(values);
  const shown = preview?.of === JSON.stringify(pack) ? preview.answer : null;

  const send = async (path: string, then: (answer: unknown) => void) => {
    setBusy(true);
    try {
      then(await api(path, { method: 'POST', body: pack }));
      setProblem(null);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  const previewIt = () =>
    send('/api/municipality/rule-packs/preview', (answer) =>
      setPreview({ of: JSON.stringify(pack), answer: answer as Preview }),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send('/api/municipality/rule-packs', (answer) => {
      saved();
      setPreview(null);
      onSaved((answer as RulePackVersion).rules.validFrom);
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <LeaveWarning blocker={leaving.blocker} />
      <Paragraph mb="m">{words.newVersionIntro}</Paragraph>
      <FormAlert trigger={problem}>
        {problem !== null && (
          <InlineAlert status="error" labelText={m.form.notSavedTitle} mb="m">
            {alertText(m, problem)}
          </InlineAlert>
        )}
      </FormAlert>
      <FormFields values={values} set={set} errors={formErrors(fieldErrorsOf(problem), values)}>
        <RulePackFields />
      </FormFields>
      {shown && <RulePackPreview preview={shown} />}
      <div className="form-actions">
        <Button variant="secondary" disabled={busy} onClick={() => void previewIt()}>
          {words.preview}
        </Button>
        <Button type="submit" disabled={busy}>
          {words.save}
        </Button>
      </div>
    </form>
  );
}

function RulePacks() {
  const { m } = useI18n();
  const words = m.rulePackAdmin;
  const client = useQueryClient();
  const municipality = useMunicipality();
  const versions = useQuery({
    queryKey: VERSIONS,
    queryFn: () => api<RulePackVersion[]>('/api/municipality/rule-packs'),
  });
  const [savedFrom, setSavedFrom] = useState<string | null>(null);
  const onSaved = (validFrom: string) => {
    setSavedFrom(validFrom);
    void client.invalidateQueries({ queryKey: VERSIONS });
    void client.invalidateQueries({ queryKey: keys.municipality });
  };
  return (
    <QueryView query={municipality}>
      {({ rulePackValidFrom }) => (
        <QueryView query={versions}>
          {(list) => {
            const inForce = list.find((version) => version.rules.validFrom === rulePackValidFrom) ?? list[0];
            return (
              <>
                <div role="status">
                  {savedFrom && (
                    <Notification
                      closeText={m.common.close}
                      onCloseButtonClick={() => setSavedFrom(null)}
                      mb="m"
                    >
                      {words.saved(formatDate(savedFrom))}
                    </Notification>
                  )}
                </div>
                <Panel id="rule-pack-versions" title={words.versions}>
                  <Versions versions={list} inForce={rulePackValidFrom} />
                </Panel>
                <Panel id="new-rule-pack" title={words.newVersion}>
                  <NewVersionForm key={inForce.id} inForce={inForce.rules} onSaved={onSaved} />
                </Panel>
              </>
            );
          }}
        </QueryView>
      )}
    </QueryView>
  );
}

export function RulePacksPage({ me }: { me: Me }) {
  const { m } = useI18n();
  const may = useMayAct(me);
  return (
    <>
      <Heading variant="h1" mb="s">
        {m.rulePackAdmin.title}
      </Heading>
      <RoleForbids may={may('EDIT_MUNICIPALITY')} action="EDIT_MUNICIPALITY">
        <Paragraph mb="m">{m.rulePackAdmin.intro}</Paragraph>
        <RulePacks />
      </RoleForbids>
    </>
  );
}
