/** What one initiative's documents, and one anonymous download, may take; tests lower them to reach them quickly. */
export interface AttachmentBounds {
  documentsPerInitiative: number;
  bytesPerInitiative: number;
  /** How long an anonymous download may go without the client taking a byte before it is cut off. */
  anonymousDownloadIdleMs: number;
}

export const ATTACHMENT_BOUNDS = Symbol('ATTACHMENT_BOUNDS');

export const DEFAULT_ATTACHMENT_BOUNDS: AttachmentBounds = {
  // A large matter has the initiative, its signature lists, a statement or two from each body asked and the
  // minutes extracts: a few dozen documents. A hundred leaves room; thousands would only be a way to grow the record.
  documentsPerInitiative: 100,
  // Ten documents at the largest size allowed: scanned signature lists and plans fit; a full disk does not follow.
  bytesPerInitiative: 200 * 1024 * 1024,
  // A reader on the slowest line still takes a slice within seconds; a client silent for 30 s has stopped reading.
  anonymousDownloadIdleMs: 30_000,
};
