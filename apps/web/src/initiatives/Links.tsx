import { Link as RouterNavLink } from 'react-router';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import type { Initiative } from '../api/types';
import { useI18n } from '../i18n/i18n';

/** Domain § 8.7: the initiative's standing links, worded from this initiative's side. */
export function Links({ links }: { links: Initiative['links'] }) {
  const { m } = useI18n();
  if (links.length === 0) return <Paragraph>{m.initiative.noLinks}</Paragraph>;
  return (
    <ul className="initiative-links">
      {links.map((link) => (
        <li key={link.id}>
          {m.initiative.linkKinds[link.kind][link.direction]}{' '}
          <RouterLink asComponent={RouterNavLink} to={`/initiatives/${link.initiative.id}`}>
            {link.initiative.diaryNumber} {link.initiative.title}
          </RouterLink>{' '}
          ({m.states[link.initiative.state]})
        </li>
      ))}
    </ul>
  );
}
