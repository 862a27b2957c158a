import { EVENT_TYPES, type EventType } from '@aloite/domain/vocabulary';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link as RouterNavLink, useNavigate, useParams } from 'react-router';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { api, ApiProblem, type FieldError } from '../api/client';
import { keys, useBodies, useInitiative, useMunicipality } from '../api/queries';
import type { Body, Initiative, Me, Municipality } from '../api/types';
import { QueryView } from '../common/QueryView';
import { RoleForbids } from '../common/RoleForbids';
import { StateLabel } from '../common/status';
import { FormAlert, FormFields, useFormValues } from '../forms/form';
import { LeaveWarning, useLeaveWarning } from '../forms/leave-warning';
import type { Messages } from '../i18n/fi';
import { useI18n } from '../i18n/i18n';
import { faultyFieldCount, problemText } from '../i18n/problem-text';
import {
  addDocument,
  chosenFile,
  documentProblemText,
  type DocumentFailure,
} from '../initiatives/document-fields';
import type { FormContext } from './event-form-parts';
import { EVENT_FORMS } from './event-forms';
import { useMayAct } from '../session/permissions';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'stale' }
  | { kind: 'refused'; error: unknown };

function EventForm({
  type,
  context,
  onReload,
}: {
  type: EventType;
  context: FormContext;
  onReload: () => Promise<Initiative | undefined>;
}) {
  const { m } = useI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const form = EVENT_FORMS[type];
  const { values, set, typed } = useFormValues(form.initial(context));
  const leaving = useLeaveWarning(typed);
  // The version this form was filled against: a save is refused (409) if someone else changed the initiative since.
  const [version, setVersion] = useState(context.initiative.version);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [saving, setSaving] = useState(false);
  const { initiative } = context;
  const documentWith = 'document' in form ? form.document : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = documentWith && chosenFile(event.currentTarget);
    setSaving(true);
    try {
      const base = `/api/initiatives/${initiative.id}`;
      const { path, body } =
        'requests' in form
          ? { path: `${base}/statement-requests`, body: form.requests(values) }
          : { path: `${base}/events`, body: { type, ...form.payload(values) } };
      const saved = await api<Initiative>(path, { method: 'POST', body, ifMatch: version });
      client.setQueryData(keys.initiative(initiative.id), saved);
      const documentFailure =
        documentWith && file ? await addRecordedDocument(saved, file, documentWith(values), m) : null;
      await Promise.all([
        ...(file ? [client.invalidateQueries({ queryKey: keys.initiative(initiative.id) })] : []),
        client.invalidateQueries({ queryKey: keys.audit(initiative.id) }),
        client.invalidateQueries({ queryKey: keys.dashboard }),
        client.invalidateQueries({ queryKey: ['initiatives'] }),
      ]);
      leaving.saved();
      void navigate(`/initiatives/${initiative.id}`, { state: { saved: type, documentFailure } });
    } catch (error) {
      if (error instanceof ApiProblem && error.isStale) setOutcome({ kind: 'stale' });
      else if (error instanceof ApiProblem && error.errors.length > 0)
        setOutcome({ kind: 'invalid', errors: error.errors });
      else setOutcome({ kind: 'refused', error });
    } finally {
      setSaving(false);
    }
  };

  // After a reload the form is filled against the newest version; what was typed stays.
  const reload = async () => {
    const fresh = await onReload();
    if (fresh) setVersion(fresh.version);
    setOutcome({ kind: 'idle' });
  };
  const stillAllowed = initiative.allowedEvents.includes(type);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <LeaveWarning blocker={leaving.blocker} />
      <FormAlert trigger={outcome.kind === 'idle' ? null : outcome}>
        {outcome.kind === 'stale' && (
          <InlineAlert status="warning" labelText={m.form.staleTitle} mb="m">
            <Paragraph mb="s">{m.form.staleBody}</Paragraph>
            <Button variant="secondary" onClick={() => void reload()}>
              {m.form.reload}
            </Button>
          </InlineAlert>
        )}
        {outcome.kind === 'invalid' && (
          <InlineAlert status="error" labelText={m.form.invalidTitle} mb="m">
            {m.form.invalidBody(faultyFieldCount(outcome.errors))}
          </InlineAlert>
        )}
        {outcome.kind === 'refused' && (
          <InlineAlert status="error" labelText={m.form.notSavedTitle} mb="m">
            {problemText(m, outcome.error)}
          </InlineAlert>
        )}
        {!stillAllowed && outcome.kind === 'idle' && (
          <InlineAlert status="warning" mb="m">
            {m.form.notAllowedNow}
          </InlineAlert>
        )}
      </FormAlert>
      <FormFields values={values} set={set} errors={outcome.kind === 'invalid' ? outcome.errors : []}>
        <form.Fields
          context={{ ...context, refusal: outcome.kind === 'refused' ? outcome.error : undefined }}
        />
      </FormFields>
      <div className="form-actions">
        <Button type="submit" disabled={saving || outcome.kind === 'stale'}>
          {m.form.save}
        </Button>
        <Button variant="secondary" onClick={() => void navigate(`/initiatives/${initiative.id}`)}>
          {m.form.cancel}
        </Button>
      </div>
    </form>
  );
}

/**
 * The document a form took, added to the handling the event just recorded (the newest). The event is recorded
 * whatever becomes of the document: a failure is reported on the initiative's page, where the document can be
 * added again, and never as the event's own.
 */
async function addRecordedDocument(
  saved: Initiative,
  file: File,
  fields: { publicity: string; legalGround: string; bodyId: string },
  m: Messages,
): Promise<DocumentFailure | null> {
  const handlingSeq = String(Math.max(...saved.handlings.map((handling) => handling.seq)));
  try {
    await addDocument(saved.id, file, { ...fields, handlingSeq });
    return null;
  } catch (error) {
    return { fileName: file.name, reason: documentProblemText(m, error) };
  }
}

function isEventType(value: string | undefined): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value ?? '');
}

export function EventFormPage({ me }: { me: Me }) {
  const { m } = useI18n();
  const { id = '', type } = useParams();
  const initiative = useInitiative(id);
  const bodies = useBodies();
  const municipality = useMunicipality();
  const mayAct = useMayAct(me);
  if (!isEventType(type)) return <Paragraph>{m.common.notFound}</Paragraph>;
  return (
    <QueryView query={initiative}>
      {(loaded) => (
        <QueryView query={bodies}>
          {(bodyList: Body[]) => (
            <QueryView query={municipality}>
              {(rules: Municipality) => (
                <>
                  <p className="eyebrow">
                    <RouterNavLink to={`/initiatives/${loaded.id}`}>
                      {loaded.diaryNumber} {loaded.title}
                    </RouterNavLink>
                  </p>
                  <Heading variant="h1" mb="s">
                    {m.events[type]}
                  </Heading>
                  <p className="headline-state">
                    <StateLabel state={loaded.state} />
                  </p>
                  <RoleForbids may={mayAct(type)} action={type}>
                    <EventForm
                      type={type}
                      context={{ initiative: loaded, me, bodies: bodyList, municipality: rules, mayAct }}
                      onReload={async () => (await initiative.refetch()).data}
                    />
                  </RoleForbids>
                </>
              )}
            </QueryView>
          )}
        </QueryView>
      )}
    </QueryView>
  );
}
