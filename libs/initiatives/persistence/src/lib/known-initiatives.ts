import type { BodySummary } from './initiative-store';
import type { InitiativeRecord } from './records';

const MAX_INITIATIVES = 1_000;
/** Characters of text kept at most: a text may be 100,000 characters, and the API's heap is 256 MB. */
export const MAX_REMEMBERED_CHARACTERS = 4_000_000;

/** The long texts of a record, which are what its size comes to. */
function charactersOf(record: InitiativeRecord): number {
  let characters = record.title.length + record.text.length;
  for (const handling of record.handlings) {
    characters +=
      (handling.proposal?.length ?? 0) +
      (handling.decision?.length ?? 0) +
      (handling.responseText?.length ?? 0);
  }
  return characters;
}

/**
 * The latest version of each initiative this process has read or written, and the bodies it has read: a
 * transition is decided on them without reading again. Nothing here is trusted for a write: the write applies
 * only if the initiative's version and the bodies decided on are still as remembered, and otherwise the event is
 * decided again on a fresh read. Another process's writes cost one wasted attempt, never a wrong one.
 */
export class KnownInitiatives {
  private readonly initiatives = new Map<string, { record: InitiativeRecord; characters: number }>();
  private characters = 0;
  private readonly bodies = new Map<string, BodySummary & { municipalityId: string }>();

  /** The remembered record and the bodies named, if this process knows all of them; else null. */
  recall(
    municipalityId: string,
    id: string,
    bodyIds: string[],
  ): { record: InitiativeRecord; bodies: BodySummary[] } | null {
    const record = this.initiatives.get(id)?.record;
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
    this.forget(record.id);
    const characters = charactersOf(record);
    this.initiatives.set(record.id, { record, characters });
    this.characters += characters;
    // Map keeps insertion order: re-inserting keeps the busiest initiatives; past either bound the oldest go.
    while (this.initiatives.size > MAX_INITIATIVES || this.characters > MAX_REMEMBERED_CHARACTERS) {
      this.forget(this.initiatives.keys().next().value as string);
    }
    return record;
  }

  private forget(id: string): void {
    const known = this.initiatives.get(id);
    if (!known) return;
    this.characters -= known.characters;
    this.initiatives.delete(id);
  }

  rememberBodies(municipalityId: string, bodies: BodySummary[]): void {
    for (const body of bodies) this.bodies.set(body.id, { ...body, municipalityId });
  }
}
