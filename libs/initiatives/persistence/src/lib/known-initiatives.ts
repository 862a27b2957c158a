import type { DataSource } from 'typeorm';
import { handlingCharacters } from './initiative-bounds';
import type { BodySummary, InitiativeRecord } from './records';

const MAX_INITIATIVES = 1_000;
/** Characters kept at most: a text may be 100,000 characters, and the API's heap is 256 MB. */
export const MAX_REMEMBERED_CHARACTERS = 4_000_000;
/** What a held object's short fields (ids, dates, numbers, flags) come to, counted as characters. */
const FIXED_FIELDS = 100;

/** Every string the record holds, and its objects' short fields: a loop over what is there, no serialising. */
export function charactersOf(record: InitiativeRecord): number {
  let characters = FIXED_FIELDS + record.title.length + record.text.length + record.diaryNumber.length;
  for (const signatory of record.signatories) {
    characters += FIXED_FIELDS + signatory.name.length + (signatory.party?.length ?? 0);
  }
  for (const handling of record.handlings) characters += FIXED_FIELDS + handlingCharacters(handling);
  for (const attachment of record.attachments) {
    characters +=
      FIXED_FIELDS +
      attachment.fileName.length +
      attachment.contentType.length +
      (attachment.legalGround?.length ?? 0) +
      attachment.uploadedBy.length;
  }
  for (const request of record.context.statements) {
    characters += FIXED_FIELDS + (request.waiverReason?.length ?? 0);
    characters += (request.officeHolder?.name.length ?? 0) + (request.officeHolder?.title.length ?? 0);
    for (const preparer of request.preparers) {
      characters += preparer.name.length + (preparer.title?.length ?? 0) + (preparer.email?.length ?? 0);
    }
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
    // A read that started before a write can answer after it: the version the write left is kept.
    if ((this.initiatives.get(record.id)?.record.version ?? 0) > record.version) return record;
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

  /** Evicted, or written without the record read back: what was remembered of it is no longer current. */
  forget(id: string): void {
    const known = this.initiatives.get(id);
    if (!known) return;
    this.characters -= known.characters;
    this.initiatives.delete(id);
  }

  rememberBodies(municipalityId: string, bodies: BodySummary[]): void {
    for (const body of bodies) this.bodies.set(body.id, { ...body, municipalityId });
  }
}

const knownPerDatabase = new WeakMap<DataSource, KnownInitiatives>();

/** One memory per process and database, shared by every store on it: a write through one is seen by all. */
export function knownInitiativesOf(db: DataSource): KnownInitiatives {
  let known = knownPerDatabase.get(db);
  if (!known) {
    known = new KnownInitiatives();
    knownPerDatabase.set(db, known);
  }
  return known;
}
