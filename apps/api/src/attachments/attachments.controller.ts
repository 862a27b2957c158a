import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppError } from '../http/app-error';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { finished, type Readable } from 'node:stream';
import { tokenOf } from '../auth/auth.guard';
import { AuthService } from '../auth/auth.service';
import {
  CurrentActor,
  Public,
  requirePermission,
  type RequestActor,
  type RequestWithActor,
} from '../auth/request-actor';
import { lingerAfterAnswer } from '../http/lingering-close';
import { IdPipe } from '../http/params';
import { AttachmentResponse } from '../initiatives/initiative.responses';
import { AnonymousDownloads } from './anonymous-downloads';
import { AttachmentReadResponse } from './attachment-read.response';
import { ATTACHMENT_BOUNDS, type AttachmentBounds } from './attachment-bounds';
import { AttachmentsService, documentTooLarge, type Upload } from './attachments.service';

/** RFC 6266: an ASCII fallback and the UTF-8 name, so "Päätös.pdf" arrives as itself. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

@ApiTags('attachments')
@Controller('api')
export class AttachmentsController {
  private readonly anonymousDownloads = new AnonymousDownloads();

  constructor(
    private readonly attachments: AttachmentsService,
    private readonly auth: AuthService,
    @Inject(ATTACHMENT_BOUNDS) private readonly bounds: AttachmentBounds,
  ) {}

  @Post('initiatives/:id/attachments')
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary:
      'Add a document: multipart `file` + `publicity` (public, notYetPublic, confidential + `legalGround`), ' +
      'optionally `handlingSeq` and `bodyId`',
  })
  @ApiCreatedResponse({ type: AttachmentResponse })
  async upload(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.attachments.add(actor, id, await this.readUpload(request, reply));
  }

  @Get('attachments/:id/content')
  @Public()
  @ApiOperation({
    summary: 'The document’s bytes: public ones for anyone, others for staff, every such read logged',
  })
  @ApiOkResponse({
    description: 'The document, with its own content type',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  async content(
    @Param('id', IdPipe) id: string,
    @Req() request: RequestWithActor,
    @Res() reply: FastifyReply,
  ) {
    const token = tokenOf(request);
    const actor = token ? await this.auth.actorFor(token) : null;
    if (!actor) this.holdAnonymousSlot(request, reply);
    const { meta, content } = await this.attachments.read(id, actor);
    void reply
      .header('content-type', meta.contentType)
      .header('content-length', meta.size)
      .header('content-disposition', contentDisposition(meta.fileName))
      .header('cache-control', meta.publicity === 'public' ? 'no-cache' : 'private, no-store')
      .send(content);
  }

  /**
   * A slot for as long as the reply lasts, however it ends: with the document, an error answer, a client that left
   * (even while its session was being looked up, before the slot was taken) or one that stopped reading.
   */
  private holdAnonymousSlot(request: FastifyRequest, reply: FastifyReply): void {
    const free = this.anonymousDownloads.take(request.ip);
    const response = reply.raw;
    if (response.destroyed) return free();
    response.once('close', free);
    response.setTimeout(this.bounds.anonymousDownloadIdleMs, () => response.destroy());
  }

  @Get('attachments/:id/reads')
  @ApiOperation({ summary: 'Who read a non-public document and when (administrators)' })
  @ApiOkResponse({ type: AttachmentReadResponse, isArray: true })
  reads(@CurrentActor() actor: RequestActor, @Param('id', IdPipe) id: string) {
    requirePermission(actor, 'READ_DOCUMENT_READS', 'Only an administrator can see who read a document.');
    return this.attachments.reads(actor, id);
  }

  /**
   * Reads the multipart body, stopping at the size limit: a larger file is refused once the limit is passed,
   * never held whole in memory.
   */
  private async readUpload(request: FastifyRequest, reply: FastifyReply): Promise<Upload> {
    if (!request.isMultipart()) {
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the document as multipart/form-data with a `file` part.',
      );
    }
    const fields: Record<string, string> = {};
    let file: { fileName: string; content: Buffer } | null = null;
    // Iterated by hand: a for-await loop would, on an error, wait for the rest of the body to be parsed.
    const parts = request.parts()[Symbol.asyncIterator]();
    try {
      for (let next = await parts.next(); !next.done; next = await parts.next()) {
        const part = next.value;
        if (part.type === 'file') {
          if (file || part.fieldname !== 'file') {
            throw new AppError('VALIDATION_FAILED', 'Send exactly one file, in the part named `file`.', {
              errors: [{ field: part.fieldname, message: 'only one file, named `file`', rule: 'oneFile' }],
            });
          }
          file = { fileName: part.filename, content: await this.readLimited(part.file, reply) };
        } else {
          fields[part.fieldname] = String(part.value);
        }
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('VALIDATION_FAILED', 'The multipart body could not be read.', {
        errors: [
          { field: 'file', message: 'the upload was malformed or cut short', rule: 'malformedUpload' },
        ],
      });
    }
    if (!file) {
      throw new AppError('VALIDATION_FAILED', 'The request has no file.', {
        errors: [{ field: 'file', message: 'is required', rule: 'required' }],
      });
    }
    return { ...file, fields };
  }

  /**
   * The file's bytes, up to the limit. At the limit it answers at once and closes the connection rather than read
   * the rest of an oversized upload, which may be gigabytes; it lingers so that the client reads the answer.
   */
  private readLimited(file: Readable, reply: FastifyReply): Promise<Buffer> {
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      file.on('data', (chunk: Buffer) => chunks.push(chunk));
      file.on('limit', () => {
        chunks.length = 0;
        void reply.header('connection', 'close');
        lingerAfterAnswer(reply.raw.socket);
        reject(documentTooLarge(this.attachments.maxBytes));
      });
      // `finished`, not 'end' and 'error': a form cut short inside the file fails the part before it is handed
      // over, and a listener added after that would wait for ever.
      finished(file, (error) => (error ? reject(error) : resolve(Buffer.concat(chunks))));
    });
  }
}
