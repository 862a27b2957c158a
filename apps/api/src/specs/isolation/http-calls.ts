import JSZip from 'jszip';
import { pdfText } from '../../testing/pdf-text';

/** One request: JSON, or a multipart upload of a small text document with these fields. */
export interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  upload?: Record<string, string>;
}

export interface Answer {
  status: number;
  /** The problem's `code`, if the answer is a problem. */
  code: string | null;
  /** What a reader gets out of it: the text of a JSON, CSV, PDF, DOCX or XLSX answer. */
  text: string;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function send(baseUrl: string, token: string | null, call: Call): Promise<Answer> {
  const headers: Record<string, string> = { ...(token ? { authorization: `Bearer ${token}` } : {}) };
  let body: FormData | string | undefined;
  if (call.upload) {
    const form = new FormData();
    for (const [name, value] of Object.entries(call.upload)) form.append(name, value);
    form.append('file', new Blob(['Kaapattu asiakirja']), 'kaapattu.txt');
    body = form;
  } else if (call.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.body);
  }
  const response = await fetch(`${baseUrl}${call.path}`, {
    method: call.method,
    headers: { ...headers, ...call.headers },
    body,
  });
  const type = response.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = await readable(type, bytes);
  return { status: response.status, code: type.includes('problem+json') ? problemCode(text) : null, text };
}

function problemCode(text: string): string | null {
  return (JSON.parse(text) as { code?: string }).code ?? null;
}

async function readable(type: string, bytes: Buffer): Promise<string> {
  if (type.startsWith('application/pdf')) return pdfText(bytes);
  if (type.startsWith(DOCX) || type.startsWith(XLSX)) {
    const zip = await JSZip.loadAsync(bytes);
    const parts = zip.file(/^(word\/document|xl\/sharedStrings|xl\/worksheets\/sheet\d+)\.xml$/);
    const xml = await Promise.all(parts.map((part) => part.async('string')));
    return xml.join('\n').replace(/<[^>]+>/g, '');
  }
  return bytes.toString('utf8');
}
