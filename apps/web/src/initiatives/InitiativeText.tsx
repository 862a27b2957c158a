import { Expander, ExpanderContent, ExpanderTitleButton } from 'suomifi-ui-components';
import type { Initiative } from '../api/types';
import { useI18n } from '../i18n/i18n';

/** The initiative's whole text, folded away until the reader opens it: it runs to pages. */
export function InitiativeText({ initiative }: { initiative: Pick<Initiative, 'text' | 'language'> }) {
  const { m } = useI18n();
  return (
    <Expander mt="s">
      <ExpanderTitleButton>{m.initiative.text}</ExpanderTitleButton>
      <ExpanderContent>
        <p className="long-text" lang={initiative.language}>
          {initiative.text}
        </p>
      </ExpanderContent>
    </Expander>
  );
}
