import type { IsoDate } from '@aloite/domain';

const HELSINKI_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' });

/** The current moment, and today's date where the municipalities are; injectable so tests can set the time. */
export abstract class Clock {
  private lastToday = { minute: Number.NaN, date: '' };

  abstract now(): Date;

  /** Formatted once a minute: Helsinki's date can only change on a whole minute, and Intl is slow per call. */
  today(): IsoDate {
    const now = this.now();
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute !== this.lastToday.minute) this.lastToday = { minute, date: HELSINKI_DATE.format(now) };
    return this.lastToday.date;
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until a test moves it. */
export class FixedClock extends Clock {
  private instant: Date;

  constructor(today: IsoDate) {
    super();
    this.instant = new Date(`${today}T12:00:00+03:00`);
  }

  now(): Date {
    return new Date(this.instant);
  }

  advance(milliseconds: number): void {
    this.instant = new Date(this.instant.getTime() + milliseconds);
  }
}
