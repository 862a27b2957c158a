import { FixedClock } from '../clock';

describe("today's date where the municipalities are", () => {
  it('turns at midnight in Helsinki, to the second, both ways', () => {
    const clock = new FixedClock('2026-05-21'); // 12:00 in Helsinki
    expect(clock.today()).toBe('2026-05-21');
    clock.advance((11 * 60 + 59) * 60_000 + 59_000); // 23:59:59
    expect(clock.today()).toBe('2026-05-21');
    clock.advance(1_000);
    expect(clock.today()).toBe('2026-05-22');
    clock.advance(-1_000);
    expect(clock.today()).toBe('2026-05-21');
  });

  it('follows the clock across days and the change to winter time', () => {
    const clock = new FixedClock('2026-10-24'); // summer time ends on 25.10.2026 at 04:00
    clock.advance(24 * 3_600_000);
    expect(clock.today()).toBe('2026-10-25');
    clock.advance(12 * 3_600_000 + 59 * 60_000); // 23:59 winter time
    expect(clock.today()).toBe('2026-10-25');
    clock.advance(60_000);
    expect(clock.today()).toBe('2026-10-26');
  });
});
