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
import { api, ApiProblem, type FieldError } from '../api/client';
import { keys, useBodyName } from '../api/queries';
import type { Attachment, Initiative, Me } from '../api/types';
import { QueryView } from '../common/QueryView';
import { SelectField, TextField } from '../forms/fields';
import { FormAlert, FormFields, useFormValues } from '../forms/form';
import { formatDate, formatInstant, useI18n } from '../i18n/i18n';
import { alertText } from '../i18n/problem-text';

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
    publicity: 'public',
    legalGround: '',
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
    const form = new FormData();
    form.append('publicity', String(values.publicity));
    if (values.publicity === 'confidential') form.append('legalGround', String(values.legalGround));
    if (values.handlingSeq) form.append('handlingSeq', String(values.handlingSeq));
    if (values.bodyId) form.append('bodyId', String(values.bodyId));
    form.append('file', file, file.name);
    try {
      const added = await api<Attachment>(`/api/initiatives/${initiative.id}/attachments`, {
        method: 'POST',
        form,
      });
      setProblem(null);
      setSaved(added.fileName);
      if (fileInput.current) fileInput.current.value = '';
      await client.invalidateQueries({ queryKey: keys.initiative(initiative.id) });
    } catch (error) {
      setProblem(
        error instanceof ApiProblem
          ? {
              detail:
                error.status === 413
                  ? m.attachments.tooLarge
                  : error.status === 415
                    ? m.attachments.wrongType
                    : alertText(m, error),
              errors: error.errors,
            }
          : { detail: m.common.unreachable, errors: [] },
      );
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
      <div className="field">
        <label htmlFor="field-file" className="file-label">
          {m.attachments.file}
        </label>
        <span id="field-file-hint" className="hint">
          {m.attachments.fileHint}
        </span>
        <input
          id="field-file"
          ref={fileInput}
          type="file"
          accept=".pdf,.docx,.odt,.txt,.png,.jpg,.jpeg"
          aria-describedby="field-file-hint"
          aria-invalid={fileError ? true : undefined}
        />
      </div>
      <FormFields values={values} set={set} errors={problem?.errors ?? []}>
        <SelectField
          name="publicity"
          label={m.attachments.publicity}
          options={(['public', 'notYetPublic', 'confidential'] as const).map((value) => ({
            value,
            label: m.publicity[value],
          }))}
        />
        {values.publicity === 'confidential' && (
          <TextField
            name="legalGround"
            label={m.attachments.legalGround}
            hint={m.attachments.legalGroundHint}
          />
        )}
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
