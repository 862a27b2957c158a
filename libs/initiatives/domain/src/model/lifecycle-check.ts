import { accepts, decide, stateOf, type InitiativeEvent, type InitiativeSnapshot } from '../index';
import { addresseeKey, isOpen, type Model, type OpenRequest } from './lifecycle-model';
import { expectedStep } from './lifecycle-table';

export type Checked =
  { accepted: true; row: string; model: Model; snapshot: InitiativeSnapshot } | { accepted: false };

function openRequestsOf(snapshot: InitiativeSnapshot): Map<string, OpenRequest> {
  return new Map(
    snapshot.context.statements
      .filter((request) => request.status === 'open')
      .map((request) => [
        addresseeKey(request),
        { requestedOn: request.requestedOn, postponements: request.postponements },
      ]),
  );
}

const referredOf = (snapshot: InitiativeSnapshot) =>
  snapshot.context.statements.filter(
    (request) => request.kind === 'measures' && request.status === 'referred',
  ).length;

const described = (model: Model, event: InitiativeEvent) =>
  `${model.state} + ${JSON.stringify(event)} (${model.facts.rulePack}, filed ${model.facts.submittedOn})`;

/** Whether the machine accepts the event, as the table says; cheaper than a decision, for probes. */
export function checkAcceptance(model: Model, snapshot: InitiativeSnapshot, event: InitiativeEvent): boolean {
  const expected = expectedStep(model, event);
  if (accepts(snapshot, event) !== (expected !== null)) {
    const says = expected ? `"${expected.row.id}" accepts it` : 'it is refused';
    throw new Error(`${described(model, event)}: the table says ${says}, the machine does not agree`);
  }
  return expected !== null;
}

/** Decides the event on the machine and throws unless the machine does what the table says. */
export function checkAgainstTable(
  model: Model,
  snapshot: InitiativeSnapshot,
  event: InitiativeEvent,
): Checked {
  const expected = expectedStep(model, event);
  const decision = decide(snapshot, event);
  const what = described(model, event);
  if (!expected) {
    if (decision.ok)
      throw new Error(`${what}: the table refuses it, the machine moved to ${stateOf(decision.next)}`);
    return { accepted: false };
  }
  const says = `the table says "${expected.row.id}" → ${expected.next.state}`;
  if (!decision.ok) throw new Error(`${what}: ${says}, the machine refused it`);
  const reached = stateOf(decision.next);
  if (reached !== expected.next.state) throw new Error(`${what}: ${says}, the machine moved to ${reached}`);
  if (isOpen(reached)) expect(openRequestsOf(decision.next)).toEqual(expected.next.open);
  expect(referredOf(decision.next)).toBe(expected.next.referredForMeasures);
  expect(decision.next.context.closure?.kind ?? null).toBe(expected.next.closure);
  return { accepted: true, row: expected.row.id, model: expected.next, snapshot: decision.next };
}
