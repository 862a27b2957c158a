import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { api } from '../api/client';
import { keys, useBodies } from '../api/queries';
import type { Body, Me } from '../api/types';
import { Panel } from '../common/Panel';
import { QueryView } from '../common/QueryView';
import { CheckboxField, TextField } from '../forms/fields';
import { FormFields, useFormValues } from '../forms/form';
import { LeaveWarning, useLeaveWarning } from '../forms/leave-warning';
import { text } from '../forms/payload';
import { useI18n } from '../i18n/i18n';
import { AdminOnly, BackToAdmin } from './AdminOnly';
import { SaveOutcome, useAdminSave } from './admin-form';

/** Renaming in Finnish and Swedish, deactivating or reactivating: the body's history stays either way. */
function EditBodyForm({ body }: { body: Body }) {
  const { m } = useI18n();
  const t = m.admin.bodies;
  const client = useQueryClient();
  const { values, set, typed, saved } = useFormValues({
    name: body.name,
    nameSv: body.nameSv ?? '',
    active: body.active,
  });
  const leaving = useLeaveWarning(typed);
  const { errors, outcome, submit } = useAdminSave(async () => {
    await api<Body>(`/api/bodies/${body.id}`, {
      method: 'PATCH',
      // An emptied Swedish name removes it: the Finnish name serves.
      body: { name: text(values, 'name'), nameSv: text(values, 'nameSv') || null, active: values['active'] },
    });
    saved();
    await client.invalidateQueries({ queryKey: keys.bodies });
    return t.saved;
  });
  return (
    <form onSubmit={submit} noValidate>
      <LeaveWarning blocker={leaving.blocker} />
      <SaveOutcome outcome={outcome} />
      <FormFields values={values} set={set} errors={errors}>
        <TextField name="name" label={t.name} />
        <TextField name="nameSv" label={t.nameSv} hint={t.nameSvHint} optional />
        <CheckboxField name="active" label={t.activeLabel} />
      </FormFields>
      <Button type="submit">{m.admin.save}</Button>
    </form>
  );
}

function BodyView({ bodies }: { bodies: Body[] }) {
  const { m } = useI18n();
  const { id } = useParams();
  const body = bodies.find((candidate) => candidate.id === id);
  if (!body) return <InlineAlert status="warning">{m.admin.bodies.noSuchBody}</InlineAlert>;
  return (
    <>
      <p>
        <Link to={`/bodies/${body.id}/meetings`}>{m.admin.bodies.showCalendar(body.name)}</Link>
      </p>
      <Panel id="edit-body" title={m.admin.bodies.editTitle(body.name)}>
        <EditBodyForm key={body.id} body={body} />
      </Panel>
    </>
  );
}

export function BodyPage({ me }: { me: Me }) {
  const { m } = useI18n();
  const bodies = useBodies();
  return (
    <>
      <BackToAdmin to="/admin/bodies" label={`← ${m.admin.bodies.title}`} />
      <Heading variant="h1" mb="s">
        {m.admin.bodies.title}
      </Heading>
      <AdminOnly me={me}>
        <QueryView query={bodies}>{(list) => <BodyView bodies={list} />}</QueryView>
      </AdminOnly>
    </>
  );
}
