import type { IsoDate } from '@aloite/domain';

/** Today's date where the municipalities are; injectable so tests can fix the day. */
export abstract class Clock {
  abstract today(): IsoDate;
}

const HELSINKI_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' });

export class SystemClock extends Clock {
  today(): IsoDate {
    return HELSINKI_DATE.format(new Date());
  }
}

export class FixedClock extends Clock {
  constructor(private readonly date: IsoDate) {
    super();
  }

  today(): IsoDate {
    return this.date;
  }
}
