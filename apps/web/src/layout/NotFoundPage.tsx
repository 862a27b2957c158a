import { Heading, Paragraph } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n';

export function NotFoundPage() {
  const { m } = useI18n();
  return (
    <>
      <Heading variant="h1" mb="s">
        {m.common.notFound}
      </Heading>
      <Paragraph>{m.common.notFoundHint}</Paragraph>
    </>
  );
}
