import type { BodySummary } from './initiative-store';
import type { InitiativeRecord } from './records';

const MAX_INITIATIVES = 1_000;

/**
 * The latest version of each initiative this process has read or written, and the bodies it has read: a
 * transition is decided on them without reading again. Nothing here is trusted for a write: the write applies
 * only if the initiative's version and the bodies decided on are still as remembered, and otherwise the event is
 * decided again on a fresh read. Another process's writes cost one wasted attempt, never a wrong one.
 */
export class KnownInitiatives {
  private readonly initiatives = new Map<string, InitiativeRecord>();
  private readonly bodies = new Map<string, BodySummary & { municipalityId: string }>();

  /** The remembered record and the bodies named, if this process knows all of them; else null. */
  recall(
    municipalityId: string,
    id: string,
    bodyIds: string[],
  ): { record: InitiativeRecord; bodies: BodySummary[] } | null {
    const record = this.initiatives.get(id);
    if (!record || record.municipalityId !== municipalityId) return null;
    const bodies: BodySummary[] = [];
    for (const bodyId of bodyIds) {
      const body = this.bodies.get(bodyId);
      if (!body || body.municipalityId !== municipalityId) return null;
      bodies.push({ id: body.id, name: body.name, kind: body.kind, active: body.active });
    }
    return { record, bodies };
  }

  remember(record: InitiativeRecord): InitiativeRecord {
    // Map keeps insertion order: re-inserting keeps the busiest initiatives, past the bound the oldest go.
    this.initiatives.delete(record.id);
    if (this.initiatives.size >= MAX_INITIATIVES)
      this.initiatives.delete(this.initiatives.keys().next().value as string);
    this.initiatives.set(record.id, record);
    return record;
  }

  rememberBodies(municipalityId: string, bodies: BodySummary[]): void {
    for (const body of bodies) this.bodies.set(body.id, { ...body, municipalityId });
  }
}
