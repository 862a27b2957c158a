import { finnishDate, isWithinBound, type DateBound } from '@aloite/domain';
import { validationFailed } from '../http/validation';

/** What the earliest allowed day is, for the clerk's message (`params.since`). */
const SINCE: Record<string, string> = { dueDate: 'request', 'filedAt.date': 'handedIn' };

const EARLIEST_IS: Record<string, string> = {
  dueDate: 'the day the statement was requested',
  'filedAt.date': 'the day the initiative was handed in',
};

function allowedDays({ field, earliest, latest, sinceMeeting }: DateBound): string {
  const earliestIs = sinceMeeting ? 'the day of the meeting' : EARLIEST_IS[field];
  const from = earliest && `${finnishDate(earliest)} (${earliestIs ?? 'the day the initiative was filed'})`;
  const to = latest && `today, ${finnishDate(latest)}`;
  if (from && to) return `must be between ${from} and ${to}`;
  return from ? `must not be before ${from}` : `must not be after ${to ?? ''}`;
}

/** Refuses the request, naming each date outside its bounds and the days it may fall on. */
export function requireDatesWithin(bounds: DateBound[]): void {
  const errors = bounds
    .filter((bound) => !isWithinBound(bound))
    .map((bound) => ({
      field: bound.field,
      message: allowedDays(bound),
      rule: 'dateRange' as const,
      params: {
        ...(bound.earliest && { earliest: bound.earliest }),
        ...(bound.latest && { latest: bound.latest }),
        since: bound.sinceMeeting ? 'meeting' : (SINCE[bound.field] ?? 'filing'),
      },
    }));
  if (errors.length > 0) throw validationFailed(errors);
}
