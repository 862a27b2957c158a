import { Logger } from '@nestjs/common';
import { withoutUnsafeCharacters } from '@aloite/domain';
import { Worker } from 'node:worker_threads';
import type { AttachmentBounds } from './attachment-bounds';
import { ALLOWED_TYPES, type AllowedType } from './sniff';

/** The heap a worker may use: a hostile document exhausts the worker's, never the API's. */
const WORKER_HEAP_MB = 256;

// Runs in a worker thread of its own, outside Jest's module sandbox too (pdf.js loads its worker by a dynamic
// import). The zip entry is streamed and dropped at the byte bound; the XML's paragraphs become lines, its tags go.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { bytes, kind, unpackedBytes, modules } = workerData;
const XML_ENTRY = { docx: 'word/document.xml', odt: 'content.xml' };
function unpacked(zip, name) {
  const file = zip.file(name);
  if (!file) throw new Error('no ' + name);
  const chunks = [];
  let size = 0;
  return new Promise((resolve, reject) => {
    const stream = file.internalStream('uint8array');
    stream.on('data', (chunk) => {
      size += chunk.length;
      if (size > unpackedBytes) { stream.pause(); reject(new Error('unpacks to more than ' + unpackedBytes + ' bytes')); }
      else chunks.push(Buffer.from(chunk));
    }).on('error', reject).on('end', () => resolve(Buffer.concat(chunks).toString('utf8'))).resume();
  });
}
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const xmlText = (xml) => xml
  .replace(/<\\/(w:p|text:p|text:h)>|<(w:br|w:tab|text:tab|text:line-break|text:s)\\b[^>]*>/g, ' \\n')
  .replace(/<[^>]*>/g, '')
  .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => name[0] !== '#' ? (ENTITIES[name] ?? whole)
    : String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))));
async function extract() {
  if (kind === 'pdf') {
    const { PDFParse } = require(modules.pdf);
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    try { return (await parser.getText()).text; } finally { await parser.destroy(); }
  }
  const JSZip = require(modules.zip);
  return xmlText(await unpacked(await JSZip.loadAsync(bytes), XML_ENTRY[kind]));
}
extract().then((text) => parentPort.postMessage({ text }), (error) => parentPort.postMessage({ error: String(error && error.message || error) }));
`;

const KINDS: Partial<Record<AllowedType, 'pdf' | 'docx' | 'odt'>> = {
  [ALLOWED_TYPES.pdf]: 'pdf',
  [ALLOWED_TYPES.docx]: 'docx',
  [ALLOWED_TYPES.odt]: 'odt',
};

/** Found from here, not from the worker's working directory, which is wherever the API was started. */
const MODULES = { pdf: require.resolve('pdf-parse'), zip: require.resolve('jszip') };

const logger = new Logger('DocumentText');

/**
 * Runs at most `limit` of the works given at once, the rest in the order they came: a slot passes straight to the
 * next waiting work, so one arriving meanwhile cannot take it too.
 */
export function takingTurns(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (running < limit) running += 1;
    else await new Promise<void>((start) => waiting.push(start));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

/** One worker per core of a small server: uploads at once wait for their turn rather than each take a heap. */
const inTurn = takingTurns(2);

/** Runs the worker for one document: its text, or why there is none. */
function inWorker(bytes: Buffer, kind: string, bounds: AttachmentBounds): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { bytes, kind, unpackedBytes: bounds.textUnpackedBytes, modules: MODULES },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const timer = setTimeout(() => {
      reject(new Error(`took longer than ${bounds.textMilliseconds} ms`));
      void worker.terminate();
    }, bounds.textMilliseconds);
    worker.once('message', (answer: { text?: string; error?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (answer.text === undefined) reject(new Error(answer.error));
      else resolve(answer.text);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * The words of a document, for search: null for an image, or for a document whose text could not be read within
 * the bounds (malformed, encrypted, a zip bomb), which is logged and stored without text rather than refused.
 */
export async function documentText(
  bytes: Buffer,
  contentType: AllowedType,
  bounds: AttachmentBounds,
): Promise<string | null> {
  // PostgreSQL's text cannot hold NUL, nor a broken surrogate: they are no words anyway.
  const clean = (text: string) => withoutUnsafeCharacters(text.slice(0, bounds.textCharacters));
  if (contentType === ALLOWED_TYPES.txt) return clean(bytes.toString('utf8'));
  const kind = KINDS[contentType];
  if (!kind) return null;
  try {
    return clean(await inTurn(() => inWorker(bytes, kind, bounds)));
  } catch (error) {
    logger.warn(`A ${kind} document is stored without text: ${(error as Error).message}`);
    return null;
  }
}
