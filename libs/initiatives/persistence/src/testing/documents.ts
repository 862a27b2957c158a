import type { NewAttachment } from '../lib/attachment-store';

/** A small public text document for an initiative, as a clerk would attach a report ("hello", its SHA-256). */
export function aTextDocument(initiativeId: string, uploadedBy = 'test'): NewAttachment {
  return {
    initiativeId,
    handlingSeq: null,
    bodyId: null,
    fileName: 'selvitys.txt',
    contentType: 'text/plain',
    size: 5,
    sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
    publicity: 'public',
    legalGround: null,
    agendaItemId: null,
    publicOnceMinutesChecked: false,
    uploadedBy,
    content: Buffer.from('hello'),
    text: 'hello',
  };
}
