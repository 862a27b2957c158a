import { Component, type ReactNode } from 'react';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n';

function Failure() {
  const { m } = useI18n();
  return (
    <main id="main" className="page">
      <Heading variant="h1" mb="s">
        {m.common.crashed}
      </Heading>
      <Paragraph mb="m">{m.common.crashedHint}</Paragraph>
      <Button onClick={() => window.location.reload()}>{m.common.reload}</Button>
    </main>
  );
}

/** A fault in one page shows a way back instead of a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <Failure /> : this.props.children;
  }
}
