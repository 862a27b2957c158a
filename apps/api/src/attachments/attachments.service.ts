import { Inject, Injectable } from '@nestjs/common';
import {
  AgendaStore,
  AttachmentStore,
  BodyStore,
  CONTENT_SLICE_BYTES,
  InitiativeStore,
  PUBLICITY_CLASSES,
  type AttachmentMeta,
  type AttachmentRead,
  type Publicity,
} from '@aloite/persistence';
import { AppError, invalid } from '../http/app-error';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { requirePermission, type RequestActor } from '../auth/request-actor';
import { SEQUENCE, UUID } from '../http/params';
import { hasUnsafeCharacters, withoutUnsafeCharacters } from '@aloite/domain';
import { UNSAFE_CHARACTERS_MESSAGE } from '../validation/fields';
import { ATTACHMENT_BOUNDS, type AttachmentBounds } from './attachment-bounds';
import { documentText } from './document-text';
import { ALLOWED_TYPES, sniffContentType } from './sniff';

/** The most bytes one document may have; configurable (ATTACHMENT_MAX_BYTES). */
export const ATTACHMENT_MAX_BYTES = Symbol('ATTACHMENT_MAX_BYTES');
export const DEFAULT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/** The one answer to a document over the limit, whether announced by its length or found while reading. */
export function documentTooLarge(maxBytes: number): AppError {
  const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return new AppError('PAYLOAD_TOO_LARGE', `The document is larger than the ${megabytes} MB allowed.`);
}

export interface Upload {
  fileName: string;
  content: Buffer;
  fields: Record<string, string>;
}

const FILE_NAME_MAX = 255;

/**
 * A name to show and to offer on download: no path, no control characters or others XML cannot carry, not too long.
 * The browser chose the name, not the clerk, so it is cleaned rather than refused.
 */
function cleanFileName(name: string): string {
  // DEL is no XML hazard but has no place in a Content-Disposition header either; tab, LF and CR neither.
  const base = withoutUnsafeCharacters(name.split(/[\\/]/).pop() ?? '')
    .replace(/[\t\n\r\u007f]/g, '')
    .trim();
  return (base || 'asiakirja').slice(0, FILE_NAME_MAX);
}

@Injectable()
export class AttachmentsService {
  constructor(
    private readonly attachments: AttachmentStore,
    private readonly agenda: AgendaStore,
    private readonly initiatives: InitiativeStore,
    private readonly bodies: BodyStore,
    @Inject(ATTACHMENT_MAX_BYTES) readonly maxBytes: number,
    @Inject(ATTACHMENT_BOUNDS) private readonly bounds: AttachmentBounds,
  ) {}

  /**
   * Who may add a document follows who may act on the initiative: the registry for any of its documents, a
   * committee secretary for a body they serve that was asked for a statement.
   */
  async add(actor: RequestActor, initiativeId: string, upload: Upload): Promise<AttachmentMeta> {
    const initiative = await this.initiatives.find(actor.municipalityId, initiativeId);
    if (!initiative) throw new AppError('NOT_FOUND', `No initiative ${initiativeId}.`);
    const fields = this.fields(upload.fields);
    const { publicity, legalGround, handlingSeq, agendaItemId, publicOnceMinutesChecked } = fields;
    // An agenda item's document is its body's: the item's meeting names the body.
    const placement = agendaItemId
      ? (await this.agenda.placements(actor.municipalityId, initiativeId)).find(
          (candidate) => candidate.itemId === agendaItemId,
        )
      : undefined;
    if (agendaItemId && !placement)
      throw invalid(
        'agendaItemId',
        `is not an agenda item of initiative ${initiative.diaryNumber}`,
        'notAnAgendaItem',
      );
    if (placement && fields.bodyId !== null && fields.bodyId !== placement.bodyId)
      throw invalid('bodyId', 'must be the body of the agenda item’s meeting', 'bodyOfAgendaItem');
    const bodyId = placement?.bodyId ?? fields.bodyId;
    if (handlingSeq !== null && !initiative.handlings.some((handling) => handling.seq === handlingSeq)) {
      throw invalid(
        'handlingSeq',
        `initiative ${initiative.diaryNumber} has no handling ${handlingSeq}`,
        'noSuchHandling',
      );
    }
    if (bodyId !== null) {
      const bodies = await this.bodies.ofMunicipality(actor.municipalityId);
      if (!bodies.some(({ id }) => id === bodyId))
        throw invalid('bodyId', 'no such body in this municipality', 'noSuchBody');
    }
    // A secretary's document is for a body asked for a statement, and on a handling of that body if on any.
    const asked =
      bodyId !== null &&
      (placement !== undefined || initiative.context.statements.some((request) => request.bodyId === bodyId));
    const handling = initiative.handlings.find((candidate) => candidate.seq === handlingSeq);
    const ownHandling = handling === undefined || handling.bodyId === bodyId;
    requirePermission(
      actor,
      'ADD_DOCUMENTS',
      'Only the registry, or the secretary of a body asked for a statement (naming that body), adds documents.',
      { forBody: asked && ownHandling ? bodyId : null },
    );
    const contentType = sniffContentType(upload.content);
    if (!contentType) {
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'The file is not a PDF, Word (DOCX), OpenDocument text (ODT), plain text, PNG or JPEG document. Its contents were checked, not its name.',
        {
          errors: [
            {
              field: 'file',
              message: `must be one of: ${Object.keys(ALLOWED_TYPES).join(', ')}`,
              rule: 'fileType',
            },
          ],
        },
      );
    }
    return this.attachments.add(
      actor.municipalityId,
      {
        initiativeId,
        handlingSeq,
        bodyId,
        fileName: cleanFileName(upload.fileName),
        contentType,
        size: upload.content.length,
        sha256: createHash('sha256').update(upload.content).digest('hex'),
        publicity,
        legalGround,
        agendaItemId,
        publicOnceMinutesChecked,
        content: upload.content,
        // Read before the document is stored, within time and size bounds, so it is searchable once it is there.
        text: await documentText(upload.content, contentType, this.bounds),
        uploadedBy: actor.id,
      },
      { documents: this.bounds.documentsPerInitiative, bytes: this.bounds.bytesPerInitiative },
    );
  }

  private fields(fields: Record<string, string>) {
    const known = [
      'publicity',
      'legalGround',
      'handlingSeq',
      'bodyId',
      'agendaItemId',
      'publicOnceMinutesChecked',
    ];
    const unknown = Object.keys(fields).find((name) => !known.includes(name));
    if (unknown) throw invalid(unknown, 'is not a known field', 'unknownField');
    const publicity = fields.publicity as Publicity;
    if (!PUBLICITY_CLASSES.includes(publicity)) {
      throw invalid('publicity', `must be one of: ${PUBLICITY_CLASSES.join(', ')}`, 'isIn');
    }
    const legalGround = fields.legalGround?.trim() || null;
    if (legalGround && hasUnsafeCharacters(legalGround))
      throw invalid('legalGround', UNSAFE_CHARACTERS_MESSAGE, 'unsafeCharacters');
    if (publicity === 'confidential' && !legalGround) {
      throw invalid(
        'legalGround',
        'must name the legal ground of confidentiality, e.g. JulkL 24 § 1 mom. 32 k.',
        'required',
      );
    }
    if (publicity !== 'confidential' && legalGround) {
      throw invalid('legalGround', 'is only for confidential documents', 'onlyForConfidential');
    }
    if (legalGround && legalGround.length > 300)
      throw invalid('legalGround', 'must be at most 300 characters', 'maxLength', { max: 300 });
    const seq = fields.handlingSeq?.trim();
    if (seq && !SEQUENCE.test(seq))
      throw invalid('handlingSeq', 'must be a handling’s number', 'noSuchHandling');
    const bodyId = fields.bodyId?.trim() || null;
    if (bodyId && !UUID.test(bodyId)) {
      throw invalid('bodyId', 'must be a body id', 'isUuid');
    }
    const agendaItemId = fields.agendaItemId?.trim() || null;
    if (agendaItemId && !UUID.test(agendaItemId))
      throw invalid('agendaItemId', 'must be an agenda item id', 'isUuid');
    const waits = fields.publicOnceMinutesChecked?.trim();
    if (waits !== undefined && waits !== 'true' && waits !== 'false')
      throw invalid('publicOnceMinutesChecked', 'must be true or false', 'isBoolean');
    const publicOnceMinutesChecked = waits === 'true';
    if (publicOnceMinutesChecked && publicity !== 'notYetPublic')
      throw invalid(
        'publicOnceMinutesChecked',
        'is only for documents that are not yet public',
        'onlyForNotYetPublic',
      );
    if (publicOnceMinutesChecked && !agendaItemId)
      throw invalid(
        'publicOnceMinutesChecked',
        'needs the agenda item whose minutes make the document public',
        'agendaItemNeeded',
      );
    return {
      publicity,
      legalGround,
      handlingSeq: seq ? Number(seq) : null,
      bodyId: bodyId?.toLowerCase() ?? null,
      agendaItemId: agendaItemId?.toLowerCase() ?? null,
      publicOnceMinutesChecked,
    };
  }

  /**
   * A public document for anyone; any other only for the municipality's signed-in staff, and every such read is
   * logged (who, when, which document) before the bytes leave. The bytes are read from the database a slice at a
   * time, as fast as the client takes them.
   */
  async read(id: string, actor: RequestActor | null): Promise<{ meta: AttachmentMeta; content: Readable }> {
    const found = await this.attachments.find(id);
    if (!found) throw new AppError('NOT_FOUND', `No document ${id}.`);
    const { municipalityId, ...meta } = found;
    if (meta.publicity !== 'public') {
      if (!actor) throw new AppError('UNAUTHENTICATED', 'This document is not public: sign in to read it.');
      if (actor.municipalityId !== municipalityId) throw new AppError('NOT_FOUND', `No document ${id}.`);
      await this.attachments.logRead(municipalityId, id, actor.id);
    }
    // One slice buffered ahead: the next query waits until the reply has taken the last slice.
    const content = Readable.from(this.attachments.content(id, meta.size), {
      objectMode: false,
      highWaterMark: CONTENT_SLICE_BYTES,
    });
    return { meta, content };
  }

  async reads(actor: RequestActor, id: string): Promise<AttachmentRead[]> {
    const found = await this.attachments.find(id);
    if (!found || found.municipalityId !== actor.municipalityId)
      throw new AppError('NOT_FOUND', `No document ${id}.`);
    return this.attachments.reads(actor.municipalityId, id);
  }
}
