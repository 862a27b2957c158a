import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { InlineAlert, LoadingSpinner } from 'suomifi-ui-components';
import { ApiProblem } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { problemText } from '../i18n/problem-text';

/** Loading, failure or the data: the three states every page that reads the API goes through. */
export function QueryView<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { m } = useI18n();
  if (query.isPending) return <LoadingSpinner text={m.common.loading} status="loading" variant="small" />;
  if (query.isError) {
    const error = query.error;
    const text =
      error instanceof ApiProblem && error.status === 404 ? m.common.notFound : problemText(m, error);
    return (
      <InlineAlert status="error" labelText={m.common.errorTitle}>
        {text}
      </InlineAlert>
    );
  }
  return <>{children(query.data)}</>;
}
