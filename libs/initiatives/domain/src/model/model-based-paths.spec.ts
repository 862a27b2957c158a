import {
  INITIATIVE_STATES,
  decide,
  restore,
  rulePackOf,
  stateOf,
  toStored,
  allowedEvents,
  type InitiativeSnapshot,
} from '../index';
import { EXPLORATIONS, eventsFor, simplePaths } from '../testing';
import { checkAgainstTable } from './lifecycle-check';
import { initialModel } from './lifecycle-model';
import { expectedStep } from './lifecycle-table';

const explorations = EXPLORATIONS.map((exploration) => ({ ...exploration, paths: simplePaths(exploration) }));

function viaJson(snapshot: InitiativeSnapshot): InitiativeSnapshot {
  return restore(JSON.parse(JSON.stringify(toStored(snapshot))), rulePackOf(snapshot));
}

describe('model-based: every simple path of the machine graph, against the lifecycle table', () => {
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
    // Each path's snapshots with the table's model of them, built by the table from the path's events alone.
    const walked = paths.map((path) => {
      let model = initialModel(facts);
      return path.steps.slice(1).map((step) => {
        const expected = expectedStep(model, step.event);
        const reached = { step, before: model, after: expected?.next ?? null };
        if (expected) model = expected.next;
        return reached;
      });
    });

    it('takes every step of every path as a row of the lifecycle table, to that row’s next state', () => {
      const disagreements = walked.flatMap((steps) =>
        steps
          .filter(({ step, after }) => after?.state !== stateOf(step.state))
          .map(
            ({ step, before, after }) =>
              `${before.state} + ${step.event.type}: table ${after?.state ?? 'refuses'}`,
          ),
      );
      expect(disagreements).toEqual([]);
    });

    it('restores every reachable snapshot from JSON, deciding every explored event as the table says', () => {
      const reachable = new Map(
        walked.flatMap((steps) =>
          steps.flatMap(({ step, after }) =>
            after
              ? [[JSON.stringify(toStored(step.state)), { snapshot: step.state, model: after }] as const]
              : [],
          ),
        ),
      );
      expect(reachable.size).toBeGreaterThan(20);
      for (const { snapshot, model } of reachable.values()) {
        const restored = viaJson(snapshot);
        expect(stateOf(restored)).toBe(stateOf(snapshot));
        expect(restored.context).toEqual(snapshot.context);
        expect(restored.status).toBe(snapshot.status);
        expect(allowedEvents(restored, null, '2026-06-01')).toEqual(
          allowedEvents(snapshot, null, '2026-06-01'),
        );
        for (const event of eventsFor(exploration, snapshot)) {
          const checked = checkAgainstTable(model, restored, event);
          const original = decide(snapshot, event);
          expect(original.ok).toBe(checked.accepted);
          if (original.ok && checked.accepted)
            expect(toStored(checked.snapshot)).toEqual(toStored(original.next));
        }
      }
    });
  });
});
