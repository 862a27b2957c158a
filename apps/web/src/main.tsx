import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AnnualListPage } from './annual-list/AnnualListPage';
import { ApiProblem } from './api/client';
import { DashboardPage } from './dashboard/DashboardPage';
import { EventFormPage } from './events/EventFormPage';
import { I18nProvider } from './i18n/i18n';
import { FilingPage } from './initiatives/FilingPage';
import { InitiativeListPage } from './initiatives/InitiativeListPage';
import { InitiativePage } from './initiatives/InitiativePage';
import { AppLayout } from './layout/AppLayout';
import { ErrorBoundary } from './layout/ErrorBoundary';
import { NotFoundPage } from './layout/NotFoundPage';
import { AddToAgendaPage } from './meetings/AddToAgendaPage';
import { MeetingCalendarPage } from './meetings/MeetingCalendarPage';
import { MeetingPage } from './meetings/MeetingPage';
import { RemindersPage } from './reminders/RemindersPage';
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
  return (
    <RequireSession>
      {(me) => (
        <AppLayout me={me}>
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
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </AppLayout>
      )}
    </RequireSession>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <BrowserRouter>
          <ErrorBoundary>
            <App />
          </ErrorBoundary>
        </BrowserRouter>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
