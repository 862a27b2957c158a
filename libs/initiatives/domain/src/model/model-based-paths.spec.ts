import {
  INITIATIVE_STATES,
  decide,
  restore,
  start,
  stateOf,
  toStored,
  allowedEvents,
  type InitiativeSnapshot,
} from '../index';
import { EXPLORATIONS, eventsFor, simplePaths } from '../testing';

const explorations = EXPLORATIONS.map((exploration) => ({ ...exploration, paths: simplePaths(exploration) }));

function viaJson(snapshot: InitiativeSnapshot): InitiativeSnapshot {
  return restore(JSON.parse(JSON.stringify(toStored(snapshot))));
}

describe('model-based: every simple path of the machine graph', () => {
  it('reaches all eight states', () => {
    const reached = new Set(explorations.flatMap(({ paths }) => paths.map((path) => stateOf(path.state))));
    expect([...reached].sort()).toEqual([...INITIATIVE_STATES].sort());
  });

  it('explores a substantial, bounded graph', () => {
    const counts = explorations.map(({ paths }) => paths.length);
    for (const count of counts) expect(count).toBeGreaterThan(100);
    // Printed for the issue note: how many generated paths the suite replays.
    process.stdout.write(
      `model-based paths: ${explorations.map(({ name, paths }) => `${name}: ${paths.length}`).join(', ')}\n`,
    );
  });

  describe.each(explorations)('$name', (exploration) => {
    const { facts, paths } = exploration;
    it('replays every path through decide, agreeing state by state', () => {
      for (const path of paths) {
        let snapshot = start(facts);
        for (const step of path.steps.slice(1)) {
          const decision = decide(snapshot, step.event);
          if (!decision.ok)
            throw new Error(`${step.event.type} refused on a generated path in ${stateOf(snapshot)}`);
          snapshot = decision.next;
          expect(stateOf(snapshot)).toBe(stateOf(step.state));
          expect(snapshot.context).toEqual(step.state.context);
        }
      }
    });

    it('restores every reachable snapshot from JSON to an equivalent one', () => {
      const reachable = new Map(
        paths.flatMap((path) =>
          path.steps.map(({ state }) => [JSON.stringify(toStored(state)), state] as const),
        ),
      );
      expect(reachable.size).toBeGreaterThan(20);
      for (const state of reachable.values()) {
        const restored = viaJson(state);
        expect(stateOf(restored)).toBe(stateOf(state));
        expect(restored.context).toEqual(state.context);
        expect(restored.status).toBe(state.status);
        expect(allowedEvents(restored, null, '2026-06-01')).toEqual(allowedEvents(state, null, '2026-06-01'));
        for (const event of eventsFor(exploration, state)) {
          const original = decide(state, event);
          const again = decide(restored, event);
          expect(again.ok).toBe(original.ok);
          if (original.ok && again.ok) expect(toStored(again.next)).toEqual(toStored(original.next));
        }
      }
    });
  });
});
