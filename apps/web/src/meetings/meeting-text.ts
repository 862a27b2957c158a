import type { MeetingSummary } from '../api/types';
import type { Messages } from '../i18n/fi';
import { formatDate } from '../i18n/i18n';

/** A meeting's date and start time as the clerk's language writes them: "20.5.2026 klo 16.30". */
export function meetingWhen(m: Messages, meeting: Pick<MeetingSummary, 'date' | 'startTime'>): string {
  const date = formatDate(meeting.date);
  return meeting.startTime ? `${date} ${m.meetings.at(meeting.startTime)}` : date;
}

/** Today in Helsinki, where the municipality's days begin and end. */
export function todayInHelsinki(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

/** A meeting that can still take decisions: held, or its day has come (the API has the last word). */
export function takesDecisions(meeting: Pick<MeetingSummary, 'date' | 'status'>): boolean {
  const open = ['planned', 'agendaPublished', 'held'].includes(meeting.status);
  return open && meeting.date <= todayInHelsinki();
}
