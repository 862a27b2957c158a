import type { AttachmentRead } from '@aloite/persistence';
import { Instant, Text } from '../http/response-fields';

export class AttachmentReadResponse implements AttachmentRead {
  @Text({ description: 'Who read the document' }) reader!: string;
  @Instant() readAt!: string;
}
