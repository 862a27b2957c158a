import type { Language } from '@aloite/domain';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Button, Expander, ExpanderContent, ExpanderTitleButton } from 'suomifi-ui-components';
import { api } from '../api/client';
import { useMunicipality } from '../api/queries';
import { LanguageChoice, municipalityLanguages } from '../common/LanguageChoice';
import { QueryView } from '../common/QueryView';
import { useI18n } from '../i18n/i18n';

/**
 * The handling's minutes paragraph, fetched when opened, with a copy button; a bilingual municipality's clerk
 * chooses its language (the majority one first).
 */
function MinutesBody({
  initiativeId,
  seq,
  languages,
}: {
  initiativeId: string;
  seq: number;
  languages: Language[];
}) {
  const { m } = useI18n();
  const [language, setLanguage] = useState(languages[0]);
  const text = useQuery({
    queryKey: ['minutes', initiativeId, seq, language],
    queryFn: () =>
      api<{ text: string }>(`/api/initiatives/${initiativeId}/handlings/${seq}/minutes?language=${language}`),
  });
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async (value: string) => {
    // The clipboard API needs a secure context; on plain HTTP inside a municipal network, copy the selection.
    if (navigator.clipboard && window.isSecureContext) await navigator.clipboard.writeText(value);
    else {
      area.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };
  return (
    <>
      {languages.length > 1 && (
        <LanguageChoice
          id={`minutes-language-${seq}`}
          label={m.languages.minutes}
          options={languages}
          value={language}
          onChange={(chosen) => {
            setLanguage(chosen);
            setCopied(false);
          }}
        />
      )}
      <QueryView query={text}>
        {({ text: paragraph }) => (
          <>
            <label className="visually-hidden" htmlFor={`minutes-${seq}`}>
              {m.initiative.minutesText}
            </label>
            <textarea
              id={`minutes-${seq}`}
              ref={area}
              className="minutes-text"
              lang={language}
              readOnly
              value={paragraph}
              rows={12}
            />
            <div className="minutes-actions">
              <Button variant="secondary" onClick={() => void copy(paragraph)}>
                {m.initiative.copyMinutes}
              </Button>
              <span role="status">{copied ? m.initiative.copied : ''}</span>
            </div>
          </>
        )}
      </QueryView>
    </>
  );
}

export function MinutesText({ initiativeId, seq }: { initiativeId: string; seq: number }) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  const municipality = useMunicipality();
  return (
    <Expander open={open} onOpenChange={() => setOpen(!open)} mt="s">
      <ExpanderTitleButton>{m.initiative.minutesText}</ExpanderTitleButton>
      <ExpanderContent>
        {open && (
          <QueryView query={municipality}>
            {(data) => (
              <MinutesBody initiativeId={initiativeId} seq={seq} languages={municipalityLanguages(data)} />
            )}
          </QueryView>
        )}
      </ExpanderContent>
    </Expander>
  );
}
