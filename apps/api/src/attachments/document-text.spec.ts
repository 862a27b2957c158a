import { takingTurns } from './document-text';

describe('reading documents’ text in turns', () => {
  it('runs at most the limit at once, even when a work arrives as a slot is handed over', async () => {
    const inTurn = takingTurns(2);
    let running = 0;
    let most = 0;
    const finishers: (() => void)[] = [];
    const work = () =>
      new Promise<void>((finish) => {
        running += 1;
        most = Math.max(most, running);
        finishers.push(() => {
          running -= 1;
          finish();
        });
      });
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    const all = [inTurn(work), inTurn(work), inTurn(work)];
    await settle();
    expect(running).toBe(2);
    finishers.shift()?.();
    // More arrive at each step after, one of them while the finished work's slot passes to the waiting third.
    for (let step = 0; step < 8; step++) {
      await Promise.resolve();
      all.push(inTurn(work));
    }
    await settle();
    expect(running).toBe(2);
    while (finishers.length > 0) {
      finishers.shift()?.();
      await settle();
    }
    await Promise.all(all);
    expect(most).toBe(2);
    expect(running).toBe(0);
  });
});
