import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import {
  Button,
  RouterLink,
  ServiceNavigation,
  ServiceNavigationItem,
  SkipLink,
} from 'suomifi-ui-components';
import { useMunicipality } from '../api/queries';
import type { Me } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useMayAct } from '../session/permissions';
import { useSignOut } from '../session/session';
import { LanguageSwitch } from './LanguageSwitch';
import { useHeadingFocus } from './useHeadingFocus';
import { useSmallScreen } from './useSmallScreen';

interface NavEntry {
  to: string;
  label: string;
  /** Whether the entry is current for a path. */
  matches: (path: string) => boolean;
}

/** The municipality's own pages, a navigation entry of their own apart from the rest of administration. */
const MUNICIPALITY_PAGES = ['/admin/municipality', '/admin/rule-packs'];

export function AppLayout({ me, children }: { me: Me; children: ReactNode }) {
  const { m, setWording } = useI18n();
  const municipality = useMunicipality();
  const wording = municipality.data?.wording;
  useEffect(() => {
    if (wording) setWording(wording);
  }, [wording, setWording]);
  const signOut = useSignOut();
  const smallScreen = useSmallScreen();
  const { pathname } = useLocation();
  const may = useMayAct(me);
  const main = useRef<HTMLElement>(null);
  useHeadingFocus(main);

  const entries: NavEntry[] = [
    { to: '/', label: m.nav.dashboard, matches: (path) => path === '/' },
    {
      to: '/initiatives',
      label: m.nav.initiatives,
      matches: (path) => path.startsWith('/initiatives') && path !== '/initiatives/new',
    },
    { to: '/annual-list', label: m.nav.annualList, matches: (path) => path === '/annual-list' },
    {
      to: '/meetings',
      label: m.meetings.nav,
      matches: (path) => path.startsWith('/meetings') || /^\/bodies\/[^/]+\/meetings/.test(path),
    },
  ];
  if (may('RUN_REMINDERS')) {
    entries.push({ to: '/reminders', label: m.nav.reminders, matches: (path) => path === '/reminders' });
  }
  if (may('EDIT_MUNICIPALITY')) {
    entries.push({
      to: '/admin/municipality',
      label: m.municipalityAdmin.nav,
      matches: (path) => MUNICIPALITY_PAGES.includes(path),
    });
  }
  if (may('MANAGE_ACCOUNTS')) {
    entries.push({
      to: '/admin',
      label: m.admin.nav,
      matches: (path) => path.startsWith('/admin') && !MUNICIPALITY_PAGES.includes(path),
    });
  }
  if (may('FILE_INITIATIVE')) {
    entries.push({
      to: '/initiatives/new',
      label: m.nav.newInitiative,
      matches: (path) => path === '/initiatives/new',
    });
  }

  return (
    <>
      <SkipLink href="#main">{m.app.skipToContent}</SkipLink>
      <header className="site-header">
        <div className="site-header-inner">
          <div className="brand-block">
            <RouterLink asComponent={NavLink} to="/" className="brand">
              {m.app.name}
            </RouterLink>
            <span className="brand-sub">
              {m.app.tagline}
              {municipality.data ? ` · ${municipality.data.name}` : ''}
            </span>
          </div>
          <div className="header-tools">
            <LanguageSwitch />
            <Link to="/password" className="user-name" aria-label={m.password.account(me.displayName)}>
              {me.displayName}
            </Link>
            <Button variant="secondaryNoBorder" onClick={() => signOut.mutate()}>
              {m.app.signOut}
            </Button>
          </div>
        </div>
        <div className="site-nav">
          {smallScreen ? (
            <ServiceNavigation
              aria-label={m.nav.label}
              variant="smallScreen"
              initiallyExpanded={false}
              smallScreenExpandButtonText={m.nav.menu}
            >
              {entries.map((entry) => (
                <ServiceNavigationItem key={entry.to} selected={entry.matches(pathname)}>
                  <RouterLink asComponent={NavLink} to={entry.to} end>
                    {entry.label}
                  </RouterLink>
                </ServiceNavigationItem>
              ))}
            </ServiceNavigation>
          ) : (
            // On a desktop the pages are one row of links under the name, so the page starts high on the screen.
            <nav aria-label={m.nav.label} className="main-nav">
              <ul>
                {entries.map((entry) => (
                  <li key={entry.to}>
                    <Link to={entry.to} aria-current={entry.matches(pathname) ? 'page' : undefined}>
                      {entry.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="page">
        {children}
      </main>
    </>
  );
}
