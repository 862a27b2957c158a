import { lazy, type ComponentType } from 'react';

/** A page's code, fetched when the page is first opened: the sign-in page does not wait for the others. */
function page<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await load() }));
}

export const DashboardPage = page(async () => (await import('./dashboard/DashboardPage')).DashboardPage);
export const InitiativeListPage = page(
  async () => (await import('./initiatives/InitiativeListPage')).InitiativeListPage,
);
export const FilingPage = page(async () => (await import('./initiatives/FilingPage')).FilingPage);
export const InitiativePage = page(async () => (await import('./initiatives/InitiativePage')).InitiativePage);
export const EventFormPage = page(async () => (await import('./events/EventFormPage')).EventFormPage);
export const AddToAgendaPage = page(async () => (await import('./meetings/AddToAgendaPage')).AddToAgendaPage);
export const MeetingCalendarPage = page(
  async () => (await import('./meetings/MeetingCalendarPage')).MeetingCalendarPage,
);
export const MeetingPage = page(async () => (await import('./meetings/MeetingPage')).MeetingPage);
export const AnnualListPage = page(async () => (await import('./annual-list/AnnualListPage')).AnnualListPage);
export const RemindersPage = page(async () => (await import('./reminders/RemindersPage')).RemindersPage);
export const MunicipalityPage = page(
  async () => (await import('./admin/municipality/MunicipalityPage')).MunicipalityPage,
);
export const RulePacksPage = page(
  async () => (await import('./admin/municipality/RulePacksPage')).RulePacksPage,
);
export const SignInPage = page(async () => (await import('./admin/sign-in/SignInPage')).SignInPage);
export const AdminPage = page(async () => (await import('./admin/AdminPage')).AdminPage);
export const UsersPage = page(async () => (await import('./admin/UsersPage')).UsersPage);
export const UserPage = page(async () => (await import('./admin/UserPage')).UserPage);
export const BodiesPage = page(async () => (await import('./admin/BodiesPage')).BodiesPage);
export const BodyPage = page(async () => (await import('./admin/BodyPage')).BodyPage);
export const AdminLogPage = page(async () => (await import('./admin/AdminLogPage')).AdminLogPage);
export const ChangePasswordPage = page(
  async () => (await import('./session/ChangePasswordPage')).ChangePasswordPage,
);
export const NotFoundPage = page(async () => (await import('./layout/NotFoundPage')).NotFoundPage);
