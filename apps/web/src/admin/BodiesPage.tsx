import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { BODY_KINDS } from '@aloite/domain/vocabulary';
import { api } from '../api/client';
import { keys, useBodies } from '../api/queries';
import type { Body, Me } from '../api/types';
import { Panel } from '../common/Panel';
import { QueryView } from '../common/QueryView';
import { TableOrCards } from '../common/Table';
import { SelectField, TextField } from '../forms/fields';
import { FormFields, useFormValues } from '../forms/form';
import { LeaveWarning, useLeaveWarning } from '../forms/leave-warning';
import { optional, text } from '../forms/payload';
import { useI18n } from '../i18n/i18n';
import { AdminOnly, BackToAdmin } from './AdminOnly';
import { SaveOutcome, useAdminSave } from './admin-form';

function BodyList({ bodies }: { bodies: Body[] }) {
  const { m } = useI18n();
  const t = m.admin.bodies;
  return (
    <TableOrCards
      caption={t.list}
      head={[t.name, t.nameSv, t.kind, t.status, t.calendar]}
      rows={bodies.map((body) => ({
        key: body.id,
        cells: [
          <Link to={`/admin/bodies/${body.id}`} aria-label={t.edit(body.name)}>
            {body.name}
          </Link>,
          body.nameSv ?? '',
          m.admin.bodyKinds[body.kind],
          body.active ? m.admin.active : m.admin.inactive,
          <Link to={`/bodies/${body.id}/meetings`} aria-label={t.showCalendar(body.name)}>
            {t.calendar}
          </Link>,
        ],
      }))}
    />
  );
}

function CreateBodyForm() {
  const { m } = useI18n();
  const t = m.admin.bodies;
  const client = useQueryClient();
  const empty = { name: '', nameSv: '', kind: '' };
  const { values, set, typed, saved } = useFormValues(empty);
  const leaving = useLeaveWarning(typed);
  const { errors, outcome, submit } = useAdminSave(async () => {
    const created = await api<Body>('/api/bodies', {
      method: 'POST',
      body: { name: text(values, 'name'), nameSv: optional(values, 'nameSv'), kind: text(values, 'kind') },
    });
    for (const [name, value] of Object.entries(empty)) set(name, value);
    saved();
    await client.invalidateQueries({ queryKey: keys.bodies });
    return t.created(created.name);
  });
  return (
    <form onSubmit={submit} noValidate>
      <LeaveWarning blocker={leaving.blocker} />
      <SaveOutcome outcome={outcome} />
      <FormFields values={values} set={set} errors={errors}>
        <TextField name="name" label={t.name} />
        <TextField name="nameSv" label={t.nameSv} hint={t.nameSvHint} optional />
        <SelectField
          name="kind"
          label={t.kind}
          options={BODY_KINDS.map((kind) => ({ value: kind, label: m.admin.bodyKinds[kind] }))}
        />
      </FormFields>
      <Button type="submit">{t.create}</Button>
    </form>
  );
}

export function BodiesPage({ me }: { me: Me }) {
  const { m } = useI18n();
  const bodies = useBodies();
  return (
    <>
      <BackToAdmin />
      <Heading variant="h1" mb="s">
        {m.admin.bodies.title}
      </Heading>
      <AdminOnly me={me}>
        <Paragraph mb="m">{m.admin.bodies.intro}</Paragraph>
        <Panel id="bodies" title={m.admin.bodies.list}>
          <QueryView query={bodies}>{(list) => <BodyList bodies={list} />}</QueryView>
        </Panel>
        <Panel id="create-body" title={m.admin.bodies.create}>
          <CreateBodyForm />
        </Panel>
      </AdminOnly>
    </>
  );
}
