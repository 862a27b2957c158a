import { Link } from 'react-router';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { Me } from '../api/types';
import { Panel } from '../common/Panel';
import { useI18n } from '../i18n/i18n';
import { AdminOnly } from './AdminOnly';

/** The administration pages, each with what it is for. */
function AdminLinks() {
  const { m } = useI18n();
  const pages = [
    { to: '/admin/users', label: m.admin.users.title, about: m.admin.users.intro },
    { to: '/admin/bodies', label: m.admin.bodies.title, about: m.admin.bodies.intro },
    { to: '/admin/log', label: m.admin.log.title, about: m.admin.log.intro },
    { to: '/admin/municipality', label: m.municipalityAdmin.title, about: m.municipalityAdmin.intro },
    { to: '/admin/sign-in', label: m.signInAdmin.title, about: m.signInAdmin.intro },
  ];
  return (
    <Panel id="admin-pages" title={m.admin.pagesTitle}>
      <ul className="admin-links">
        {pages.map((page) => (
          <li key={page.to}>
            <Link to={page.to}>{page.label}</Link>
            <Paragraph>{page.about}</Paragraph>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

export function AdminPage({ me }: { me: Me }) {
  const { m } = useI18n();
  return (
    <>
      <Heading variant="h1" mb="s">
        {m.admin.title}
      </Heading>
      <AdminOnly me={me}>
        <Paragraph mb="m">{m.admin.intro}</Paragraph>
        <AdminLinks />
      </AdminOnly>
    </>
  );
}
