import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { api } from '../api/client';
import { useBodies, useBodyName, useMunicipality } from '../api/queries';
import type { AdminChange, AdminLogPage, Me, User } from '../api/types';
import { Panel } from '../common/Panel';
import { QueryView } from '../common/QueryView';
import { TableOrCards } from '../common/Table';
import type { Messages } from '../i18n/fi';
import { formatInstant, useI18n } from '../i18n/i18n';
import { AdminOnly, BackToAdmin } from './AdminOnly';
import { useUsers } from './admin-queries';

type Names = (change: AdminChange) => string;

/** A value of a change in the clerk's words: roles and kinds by name, bodies by theirs, yes and no as status. */
function valueText(m: Messages, key: string, value: unknown, bodyName: (id: string) => string): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return m.admin.log.none;
  if (key === 'roles' && Array.isArray(value))
    return value.map((role) => m.admin.roles[role as keyof Messages['admin']['roles']] ?? role).join(', ');
  if (key === 'bodyIds' && Array.isArray(value)) return value.map((id) => bodyName(String(id))).join(', ');
  if (key === 'kind')
    return m.admin.bodyKinds[value as keyof Messages['admin']['bodyKinds']] ?? String(value);
  if (key === 'active') return value ? m.admin.active : m.admin.inactive;
  return String(value);
}

/** In the order the catalogue lists the fields (the database keeps a change's keys in an order of its own). */
function changeText(m: Messages, change: AdminChange, bodyName: (id: string) => string): string {
  const order = Object.keys(m.admin.log.fields);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.entries(change.change)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, value]) =>
      key === 'passwordReset'
        ? m.admin.log.passwordReset
        : `${m.admin.log.fields[key] ?? key}: ${valueText(m, key, value, bodyName)}`,
    )
    .join('; ');
}

function useEntityNames(): Names {
  const users = useUsers();
  const bodyName = useBodyName();
  const municipality = useMunicipality();
  return (change) => {
    switch (change.entityKind) {
      case 'user':
        return users.data?.find((user: User) => user.id === change.entityId)?.displayName ?? '';
      case 'body':
        return bodyName(change.entityId);
      case 'municipality':
        return municipality.data?.name ?? '';
      case 'rulePack':
        return String(change.change['validFrom'] ?? '');
    }
  };
}

function ChangeTable({ changes }: { changes: AdminChange[] }) {
  const { m } = useI18n();
  const bodyName = useBodyName();
  const nameOf = useEntityNames();
  return (
    <TableOrCards
      caption={m.admin.log.list}
      head={[m.admin.log.when, m.admin.log.who, m.admin.log.what, m.admin.log.change]}
      rows={changes.map((change) => ({
        key: change.seq,
        cells: [
          <span className="nowrap">{formatInstant(change.changedAt, m)}</span>,
          change.actorName,
          `${m.admin.log.entities[change.entityKind]} ${nameOf(change)} ${m.admin.log.actions[change.action]}`,
          changeText(m, change, bodyName),
        ],
      }))}
    />
  );
}

function AdminLog() {
  const { m } = useI18n();
  const cursor = useSearchParams()[0].get('cursor') ?? '';
  const log = useQuery({
    queryKey: ['admin-log', cursor],
    queryFn: () => api<AdminLogPage>(`/api/admin/log?limit=50${cursor ? `&cursor=${cursor}` : ''}`),
  });
  // The log names users and bodies by their names: shown once both are known, never half-named.
  const users = useUsers();
  const bodies = useBodies();
  return (
    <Panel id="admin-log" title={m.admin.log.list}>
      <QueryView query={users}>
        {() => (
          <QueryView query={bodies}>
            {() => (
              <QueryView query={log}>
                {(page) =>
                  page.items.length === 0 ? (
                    <Paragraph>{m.admin.log.empty}</Paragraph>
                  ) : (
                    <>
                      <ChangeTable changes={page.items} />
                      {page.nextCursor && (
                        <p>
                          <Link to={`/admin/log?cursor=${page.nextCursor}`}>{m.admin.log.older}</Link>
                        </p>
                      )}
                    </>
                  )
                }
              </QueryView>
            )}
          </QueryView>
        )}
      </QueryView>
    </Panel>
  );
}

export function AdminLogPage({ me }: { me: Me }) {
  const { m } = useI18n();
  return (
    <>
      <BackToAdmin />
      <Heading variant="h1" mb="s">
        {m.admin.log.title}
      </Heading>
      <AdminOnly me={me}>
        <Paragraph mb="m">{m.admin.log.intro}</Paragraph>
        <AdminLog />
      </AdminOnly>
    </>
  );
}
