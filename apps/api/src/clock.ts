import type { IsoDate } from '@aloite/domain';

const HELSINKI_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' });

/** The current moment, and today's date where the municipalities are; injectable so tests can set the time. */
export abstract class Clock {
  abstract now(): Date;

  today(): IsoDate {
    return HELSINKI_DATE.format(this.now());
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
