import type { ReactNode } from 'react';
import { Heading } from 'suomifi-ui-components';

/** A titled region of a page: its heading names it for screen readers' landmark lists. */
export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="panel">
      <Heading variant="h2" id={id} mb="s">
        {title}
      </Heading>
      {children}
    </section>
  );
}
