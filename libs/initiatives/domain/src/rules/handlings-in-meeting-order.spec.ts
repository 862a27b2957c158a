import { inMeetingOrder } from '../index';

// Issue 19: handlings are read by their meetings' dates, then §§; the order they were typed in decides only a tie.

const typedIn = [
  { seq: 2, date: '2026-05-12', section: 30 },
  { seq: 3, date: '2026-05-12', section: 12 },
  { seq: 4, date: '2026-05-06', section: 40 },
  { seq: 5, date: '2027-01-02', section: 1 },
  { seq: 6, date: '2026-05-12', section: 12 },
];

describe('handlings in meeting order', () => {
  it('sorts by meeting date, then §, then the order of recording', () => {
    expect(inMeetingOrder(typedIn).map((handling) => handling.seq)).toEqual([4, 3, 6, 2, 5]);
  });

  it('leaves the handlings it was given as they were', () => {
    const copy = [...typedIn];
    inMeetingOrder(typedIn);
    expect(typedIn).toEqual(copy);
  });
});
