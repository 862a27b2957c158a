import { mayAct } from '@aloite/domain/vocabulary';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Expander,
  ExpanderContent,
  ExpanderTitleButton,
  InlineAlert,
  Link,
  Notification,
} from 'suomifi-ui-components';
import { api, type FieldError } from '../api/client';
import { keys, useBodyName } from '../api/queries';
import type { Attachment, Initiative, Me } from '../api/types';
import { QueryView } from '../common/QueryView';
import { SelectField } from '../forms/fields';
import { FormAlert, FormFields, useFormValues } from '../forms/form';
import { formatDate, formatInstant, useI18n } from '../i18n/i18n';
import { fieldErrorsOf } from '../i18n/problem-text';
import {
  addDocument,
  documentProblemText,
  FileField,
  PublicityFields,
  publicityOf,
  publicityStart,
} from './document-fields';

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** Who read a non-public document and when: the log administrators answer for. */
function ReadLog({ attachment }: { attachment: Attachment }) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  const reads = useQuery({
    queryKey: ['reads', attachment.id],
    queryFn: () => api<{ reader: string; readAt: string }[]>(`/api/attachments/${attachment.id}/reads`),
    enabled: open,
  });
  return (
    <Expander open={open} onOpenChange={() => setOpen(!open)} mt="xs">
      <ExpanderTitleButton>{m.attachments.readLog}</ExpanderTitleButton>
      <ExpanderContent>
        <QueryView query={reads}>
          {(entries) =>
            entries.length === 0 ? (
              <p>{m.attachments.noReads}</p>
            ) : (
              <ul>
                {entries.map((entry, index) => (
                  <li key={index}>
                    {formatInstant(entry.readAt, m)} {entry.reader}
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </ExpanderContent>
    </Expander>
  );
}

export function AttachmentList({ attachments, me }: { attachments: Attachment[]; me: Me }) {
  const { m } = useI18n();
  if (attachments.length === 0) return null;
  return (
    <ul className="attachments">
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <Link href={`/api/attachments/${attachment.id}/content`}>{attachment.fileName}</Link>{' '}
          <span className="muted">
            {sizeText(attachment.size)} · {m.publicity[attachment.publicity]}
            {attachment.legalGround ? ` (${attachment.legalGround})` : ''} · {attachment.uploadedBy}{' '}
            {formatDate(attachment.uploadedAt)}
          </span>
          {attachment.publicity !== 'public' && mayAct(me, 'READ_DOCUMENT_READS', null) && (
            <ReadLog attachment={attachment} />
          )}
        </li>
      ))}
    </ul>
  );
}

/** Bodies a user may add documents for: any for the registry, the asked bodies they serve for a secretary. */
function uploadBodies(initiative: Initiative, me: Me): string[] {
  const asked = [
    ...new Set(initiative.statements.flatMap(({ bodyId }) => (bodyId === null ? [] : [bodyId]))),
  ];
  return asked.filter((bodyId) => mayAct(me, 'ADD_DOCUMENTS', null, bodyId));
}

export function mayUpload(initiative: Initiative, me: Me): boolean {
  return mayAct(me, 'ADD_DOCUMENTS', null, null) || uploadBodies(initiative, me).length > 0;
}

export function UploadForm({ initiative, me }: { initiative: Initiative; me: Me }) {
  const { m } = useI18n();
  const client = useQueryClient();
  const bodyName = useBodyName();
  // Whoever may add a document for no particular body (the registry) need not name one.
  const registrar = mayAct(me, 'ADD_DOCUMENTS', null, null);
  const bodies = uploadBodies(initiative, me);
  const { values, set } = useFormValues({
    ...publicityStart,
    handlingSeq: '',
    bodyId: registrar ? '' : (bodies[0] ?? ''),
  });
  const fileInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<{ detail: string; errors: FieldError[] } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setSaved(null);
    if (!file) {
      setProblem({
        detail: m.attachments.chooseFile,
        errors: [{ field: 'file', message: m.attachments.chooseFile, rule: 'required' }],
      });
      return;
    }
    try {
      const added = await addDocument(initiative.id, file, {
        ...publicityOf(values),
        handlingSeq: String(values.handlingSeq),
        bodyId: String(values.bodyId),
      });
      setProblem(null);
      setSaved(added.fileName);
      if (fileInput.current) fileInput.current.value = '';
      await client.invalidateQueries({ queryKey: keys.initiative(initiative.id) });
    } catch (error) {
      setProblem({ detail: documentProblemText(m, error), errors: fieldErrorsOf(error) });
    }
  };
  const fileError = problem?.errors.find((error) => error.field === 'file');

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="upload-form">
      <FormAlert trigger={problem ?? saved}>
        {saved && (
          <Notification closeText={m.common.close} headingText={m.form.saved} mb="s" role="status">
            {m.attachments.added(saved)}
          </Notification>
        )}
        {problem && (
          <InlineAlert status="error" labelText={m.form.notSavedTitle} mb="s">
            {problem.detail}
          </InlineAlert>
        )}
      </FormAlert>
      <FileField label={m.attachments.file} invalid={fileError !== undefined} inputRef={fileInput} />
      <FormFields values={values} set={set} errors={problem?.errors ?? []}>
        <PublicityFields />
        {initiative.handlings.length > 0 && (
          <SelectField
            name="handlingSeq"
            label={m.attachments.handling}
            optional
            options={initiative.handlings.map((handling) => ({
              value: String(handling.seq),
              label: `${bodyName(handling.bodyId)} ${formatDate(handling.date)} § ${handling.section}`,
            }))}
          />
        )}
        {bodies.length > 0 && (
          <SelectField
            name="bodyId"
            label={m.attachments.body}
            optional={registrar}
            options={bodies.map((bodyId) => ({ value: bodyId, label: bodyName(bodyId) }))}
          />
        )}
      </FormFields>
      <Button type="submit">{m.attachments.upload}</Button>
    </form>
  );
}
