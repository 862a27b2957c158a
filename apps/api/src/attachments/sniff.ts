// What a file is, read from its bytes rather than its name or the browser's word for it. Only the formats a
// municipality files are recognised; anything else (a renamed .exe, a script, a macro-enabled document) is not.

export const ALLOWED_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  txt: 'text/plain; charset=utf-8',
  png: 'image/png',
  jpeg: 'image/jpeg',
} as const;

export type AllowedType = (typeof ALLOWED_TYPES)[keyof typeof ALLOWED_TYPES];

const startsWith = (bytes: Buffer, signature: number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ODT_MIMETYPE = Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text');

/** OOXML keeps the document part's name in the zip directory; a macro-enabled .docm names another main part. */
function isDocx(bytes: Buffer): boolean {
  return bytes.includes('word/document.xml') && !bytes.includes('vbaProject.bin');
}

/** ODF puts an uncompressed `mimetype` entry first, right after the 30-byte local header. */
function isOdt(bytes: Buffer): boolean {
  return bytes.subarray(30, 30 + ODT_MIMETYPE.length).equals(ODT_MIMETYPE);
}

/** Plain text: valid UTF-8 with no control characters besides tab, line breaks and form feed. */
function isText(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
  } catch {
    return false;
  }
}

export function sniffContentType(bytes: Buffer): AllowedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return ALLOWED_TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ALLOWED_TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return ALLOWED_TYPES.jpeg;
  if (startsWith(bytes, ZIP)) {
    if (isOdt(bytes)) return ALLOWED_TYPES.odt;
    if (isDocx(bytes)) return ALLOWED_TYPES.docx;
    return null;
  }
  return isText(bytes) ? ALLOWED_TYPES.txt : null;
}
