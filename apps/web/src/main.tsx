import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { LoadingSpinner, SuomifiThemeProvider } from 'suomifi-ui-components';
import { createBrowserRouter, Navigate, Route, RouterProvider, Routes } from 'react-router';
import { ApiProblem } from './api/client';
import { I18nProvider, useI18n } from './i18n/i18n';
import { AppLayout } from './layout/AppLayout';
import { ErrorBoundary } from './layout/ErrorBoundary';
import { FOCUS_THEME } from './layout/focus-theme';
import {
  AddToAgendaPage,
  AdminLogPage,
  AdminPage,
  AnnualListPage,
  BodiesPage,
  BodyPage,
  ChangePasswordPage,
  DashboardPage,
  EventFormPage,
  FilingPage,
  InitiativeListPage,
  InitiativePage,
  MeetingCalendarPage,
  MeetingPage,
  MunicipalityPage,
  NotFoundPage,
  RemindersPage,
  RulePacksPage,
  SignInPage,
  UserPage,
  UsersPage,
} from './pages';
import { RequireSession } from './session/session';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not turn into a success by asking again; a dropped connection might.
      retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 2,
    },
  },
});

function App() {
  const { m } = useI18n();
  return (
    <RequireSession>
      {(me) => (
        <AppLayout me={me}>
          <Suspense fallback={<LoadingSpinner text={m.common.loading} status="loading" />}>
            <Routes>
              <Route path="/" element={<DashboardPage me={me} />} />
              <Route path="/initiatives" element={<InitiativeListPage />} />
              <Route path="/initiatives/new" element={<FilingPage me={me} />} />
              <Route path="/initiatives/:id" element={<InitiativePage me={me} />} />
              <Route path="/initiatives/:id/events/:type" element={<EventFormPage me={me} />} />
              <Route path="/initiatives/:id/agenda" element={<AddToAgendaPage me={me} />} />
              <Route path="/meetings" element={<MeetingCalendarPage me={me} />} />
              <Route path="/bodies/:bodyId/meetings" element={<MeetingCalendarPage me={me} />} />
              <Route path="/meetings/:id" element={<MeetingPage me={me} />} />
              <Route path="/annual-list" element={<AnnualListPage me={me} />} />
              <Route path="/reminders" element={<RemindersPage me={me} />} />
              <Route path="/admin/municipality" element={<MunicipalityPage me={me} />} />
              <Route path="/admin/rule-packs" element={<RulePacksPage me={me} />} />
              <Route path="/admin" element={<AdminPage me={me} />} />
              <Route path="/admin/users" element={<UsersPage me={me} />} />
              <Route path="/admin/users/:id" element={<UserPage me={me} />} />
              <Route path="/admin/bodies" element={<BodiesPage me={me} />} />
              <Route path="/admin/bodies/:id" element={<BodyPage me={me} />} />
              <Route path="/admin/log" element={<AdminLogPage me={me} />} />
              <Route path="/admin/sign-in" element={<SignInPage me={me} />} />
              <Route path="/password" element={<ChangePasswordPage />} />
              {/* A sign-in address, once signed in: on to the app. */}
              <Route path="/login/*" element={<Navigate to="/" replace />} />
              <Route path="/kirjaudu/*" element={<Navigate to="/" replace />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </AppLayout>
      )}
    </RequireSession>
  );
}

// A data router, so that a form with typed content can ask before its page is left (useBlocker); the pages
// themselves stay the routes of App.
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    ),
  },
]);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <SuomifiThemeProvider theme={FOCUS_THEME}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <RouterProvider router={router} />
        </I18nProvider>
      </QueryClientProvider>
    </SuomifiThemeProvider>
  </StrictMode>,
);
