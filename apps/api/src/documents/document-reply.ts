import type { FastifyReply } from 'fastify';

export const DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_TYPES;

/** The OpenAPI answer of an endpoint that sends a document in one of these formats. */
export function documentAnswer(...formats: DocumentFormat[]) {
  return {
    description: 'The document',
    content: Object.fromEntries(
      formats.map((format) => [DOCUMENT_TYPES[format], { schema: { type: 'string', format: 'binary' } }]),
    ),
  };
}

/** Sends a document as a download named `name.format`; a diary number's slashes and spaces become `_`. */
export function sendDocument(
  reply: FastifyReply,
  format: DocumentFormat,
  name: string,
  content: Buffer,
): void {
  void reply
    .header('content-type', DOCUMENT_TYPES[format])
    .header('content-disposition', `attachment; filename="${name.replace(/[^\w.-]/g, '_')}.${format}"`)
    .send(content);
}
