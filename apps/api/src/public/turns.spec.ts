import { Turns } from './turns';

describe('turns', () => {
  it('lets as many hold a turn as there are turns, and the rest in the order they came as turns are given back', async () => {
    const turns = new Turns(2);
    const order: string[] = [];
    const holder = (name: string) => turns.take().then(() => order.push(name));
    await Promise.all([holder('a'), holder('b')]);
    const waiting = [holder('c'), holder('d'), holder('e')];
    await Promise.resolve();
    expect(order).toEqual(['a', 'b']);
    turns.give();
    await waiting[0];
    expect(order).toEqual(['a', 'b', 'c']);
    turns.give();
    turns.give();
    await Promise.all(waiting);
    expect(order).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('frees a turn no one waits for, so that the next comer takes it at once', async () => {
    const turns = new Turns(1);
    await turns.take();
    turns.give();
    let taken = false;
    await turns.take().then(() => (taken = true));
    expect(taken).toBe(true);
    const late = turns.take().then(() => 'late');
    const outcome = await Promise.race([
      late,
      new Promise((resolve) => setImmediate(() => resolve('waiting'))),
    ]);
    expect(outcome).toBe('waiting');
    turns.give();
    expect(await late).toBe('late');
  });
});
