/** What one initiative's documents, and one anonymous download, may take; tests lower them to reach them quickly. */
export interface AttachmentBounds {
  documentsPerInitiative: number;
  bytesPerInitiative: number;
  /** How long an anonymous download may go without the client taking a byte before it is cut off. */
  anonymousDownloadIdleMs: number;
  /** The most characters of a document's text kept for search. */
  textCharacters: number;
  /** The most bytes read out of a DOCX's or ODT's zip entry: a zip bomb is stopped here, not unpacked. */
  textUnpackedBytes: number;
  /** How long reading one document's text may take: a PDF that sends pdf.js into a loop is stopped here. */
  textMilliseconds: number;
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
  // A book's worth: more than the words of any municipal document.
  textCharacters: 1_000_000,
  // A DOCX's text part is a few times its words; 32 MB is a thousand pages of Word's XML.
  textUnpackedBytes: 32 * 1024 * 1024,
  // pdf.js reads a long PDF's text in a second or two; an upload that waits longer is waiting on a broken file.
  textMilliseconds: 15_000,
};
