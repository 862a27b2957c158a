import { INITIATIVE_STATES, LIST_EXPORT_LIMIT } from '@aloite/domain/vocabulary';
import { useState, type FormEvent } from 'react';
import { Link as RouterNavLink, useSearchParams } from 'react-router';
import { Button, DropdownItem, Heading, Link, Paragraph, RouterLink, TextInput } from 'suomifi-ui-components';
import { useBodies, useInitiativeList } from '../api/queries';
import type { InitiativeSummary, Snippet } from '../api/types';
import { QueryView } from '../common/QueryView';
import { DeadlineKindLabel, DeadlineLabel, StateLabel } from '../common/status';
import { Table } from '../common/Table';
import { formatDate, useI18n } from '../i18n/i18n';
import { LabelledDropdown } from '../common/LabelledDropdown';

const FILTERS = ['q', 'state', 'bodyId', 'year', 'deadline', 'signatory', 'sort'] as const;
type Filter = (typeof FILTERS)[number];
type FilterValues = Record<Filter, string>;

const ALL = 'all';
const PAGE_SIZE = 25;

/** The documents whose text the search words were found in, under the row's title, each a link to read it. */
function MatchingDocuments({ initiative }: { initiative: InitiativeSummary }) {
  const { m } = useI18n();
  if (initiative.matchingDocuments.length === 0) return null;
  const label = `matching-documents-${initiative.id}`;
  return (
    <div className="matching-documents">
      <span id={label}>{m.list.matchingDocuments}:</span>
      <ul aria-labelledby={label}>
        {initiative.matchingDocuments.map((document) => (
          <li key={document.id}>
            <Link href={`/api/attachments/${document.id}/content`}>{document.name}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function valuesFrom(params: URLSearchParams): FilterValues {
  return Object.fromEntries(FILTERS.map((filter) => [filter, params.get(filter) ?? ''])) as FilterValues;
}

/** The earliest deadline not yet met, as the list shows it. */
function nextDeadline(initiative: InitiativeSummary) {
  return initiative.deadlines
    .filter((deadline) => deadline.metOn === null)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
}

/** The passage that matched, its matches marked by the app itself: a resident's text never becomes markup. */
function MatchingPassage({ snippet }: { snippet: Snippet }) {
  if (!snippet.some((segment) => segment.match)) return null;
  return (
    <p className="snippet">
      {snippet.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </p>
  );
}

/** A filter that is either off ("all") or one of its options. */
function AnyOrOne({
  name,
  label,
  value,
  onChange,
  options,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  const { m } = useI18n();
  return (
    <LabelledDropdown id={`field-${name}`} labelText={label} value={value || ALL} onChange={onChange}>
      {[{ value: ALL, label: m.list.any }, ...options].map((option) => (
        <DropdownItem key={option.value} value={option.value}>
          {option.label}
        </DropdownItem>
      ))}
    </LabelledDropdown>
  );
}

function Filters({ initial, onApply }: { initial: FilterValues; onApply: (values: FilterValues) => void }) {
  const { m } = useI18n();
  const bodies = useBodies();
  const [values, setValues] = useState(initial);
  const set = (filter: Filter) => (value: string) =>
    setValues((current) => ({ ...current, [filter]: value === ALL ? '' : value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  return (
    <form className="filters" onSubmit={submit} role="search" aria-label={m.list.filters}>
      <TextInput
        id="field-q"
        labelText={m.list.q}
        hintText={m.list.qHint}
        value={values.q}
        onChange={(value) => set('q')(String(value ?? ''))}
      />
      <AnyOrOne
        name="state"
        label={m.fields.state}
        value={values.state}
        onChange={set('state')}
        options={INITIATIVE_STATES.map((state) => ({ value: state, label: m.states[state] }))}
      />
      <AnyOrOne
        name="bodyId"
        label={m.fields.body}
        value={values.bodyId}
        onChange={set('bodyId')}
        options={(bodies.data ?? []).map((body) => ({ value: body.id, label: body.name }))}
      />
      <TextInput
        id="field-year"
        labelText={m.list.year}
        inputMode="numeric"
        value={values.year}
        onChange={(value) => set('year')(String(value ?? ''))}
      />
      <AnyOrOne
        name="deadline"
        label={m.fields.deadline}
        value={values.deadline}
        onChange={set('deadline')}
        options={(['overdue', 'dueSoon'] as const).map((status) => ({
          value: status,
          label: m.deadlineStatus[status],
        }))}
      />
      <TextInput
        id="field-signatory"
        labelText={m.list.signatory}
        value={values.signatory}
        onChange={(value) => set('signatory')(String(value ?? ''))}
      />
      <LabelledDropdown
        id="field-sort"
        labelText={m.list.sort}
        value={values.sort || (values.q ? 'relevance' : 'filedAt')}
        onChange={set('sort')}
      >
        <DropdownItem value="relevance">{m.list.sortRelevance}</DropdownItem>
        <DropdownItem value="filedAt">{m.list.sortFiled}</DropdownItem>
        <DropdownItem value="-filedAt">{m.list.sortFiledNewest}</DropdownItem>
        <DropdownItem value="dueDate">{m.list.sortDue}</DropdownItem>
      </LabelledDropdown>
      <div className="filter-actions">
        <Button type="submit">{m.list.search}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            const cleared = valuesFrom(new URLSearchParams());
            setValues(cleared);
            onApply(cleared);
          }}
        >
          {m.list.clear}
        </Button>
      </div>
    </form>
  );
}

/** Every match of the filters shown, not just this page, with headers and states in the reader's language. */
function exportUrl(params: URLSearchParams, format: 'csv' | 'xlsx', language: string): string {
  const query = new URLSearchParams(params);
  query.delete('cursor');
  query.set('format', format);
  query.set('language', language);
  return `/api/initiatives/export?${query.toString()}`;
}

export function InitiativeListPage() {
  const { m, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const [previousCursors, setPreviousCursors] = useState<string[]>([]);
  const query = new URLSearchParams(params);
  query.set('limit', String(PAGE_SIZE));
  const list = useInitiativeList(query.toString());

  const apply = (values: FilterValues) => {
    const next = new URLSearchParams();
    for (const filter of FILTERS) if (values[filter]) next.set(filter, values[filter]);
    setPreviousCursors([]);
    setParams(next);
  };
  const goTo = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set('cursor', cursor);
    else next.delete('cursor');
    setParams(next);
  };

  return (
    <>
      <Heading variant="h1" mb="m">
        {m.list.title}
      </Heading>
      <Filters key={params.toString()} initial={valuesFrom(params)} onApply={apply} />
      <QueryView query={list}>
        {(page) => (
          <>
            <Paragraph mb="s" aria-live="polite">
              {m.list.total(page.total, page.totalExact)}
              {params.get('q') &&
              (params.get('sort') ?? 'relevance') === 'relevance' &&
              page.sort !== 'relevance'
                ? ` ${m.list.tooManyToRank}`
                : ''}
            </Paragraph>
            {page.items.length > 0 && (
              <p className="export-links">
                <span>{m.list.export}</span>
                <Link href={exportUrl(params, 'csv', language)}>{m.list.exportCsv}</Link>
                <Link href={exportUrl(params, 'xlsx', language)}>Excel (XLSX)</Link>
                {page.total > LIST_EXPORT_LIMIT && <span>{m.list.exportLimit(LIST_EXPORT_LIMIT)}</span>}
              </p>
            )}
            {page.items.length > 0 && (
              <Table
                caption={m.list.title}
                head={[
                  m.fields.diaryNumber,
                  m.fields.title,
                  m.fields.firstSigner,
                  m.fields.submittedOn,
                  m.fields.state,
                  m.fields.nextDeadline,
                ]}
              >
                {page.items.map((initiative) => {
                  const deadline = nextDeadline(initiative);
                  return (
                    <tr key={initiative.id}>
                      <td className="nowrap">{initiative.diaryNumber}</td>
                      <td>
                        <RouterLink asComponent={RouterNavLink} to={`/initiatives/${initiative.id}`}>
                          {initiative.title}
                        </RouterLink>
                        {initiative.snippet && <MatchingPassage snippet={initiative.snippet} />}
                        <MatchingDocuments initiative={initiative} />
                      </td>
                      <td>{initiative.firstSigner ?? ''}</td>
                      <td>{formatDate(initiative.submittedOn)}</td>
                      <td>
                        <StateLabel state={initiative.state} />
                      </td>
                      <td>
                        {deadline && (
                          <>
                            <DeadlineKindLabel deadline={deadline} /> {formatDate(deadline.dueDate)}{' '}
                            <DeadlineLabel status={deadline.status} />
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </Table>
            )}
            <nav className="pager" aria-label={m.list.paging}>
              <Button
                variant="secondary"
                disabled={previousCursors.length === 0}
                onClick={() => {
                  const previous = previousCursors.slice(0, -1);
                  setPreviousCursors(previous);
                  goTo(previousCursors[previousCursors.length - 1] || null);
                }}
              >
                {m.list.previousPage}
              </Button>
              <Button
                variant="secondary"
                disabled={!page.nextCursor}
                onClick={() => {
                  setPreviousCursors([...previousCursors, params.get('cursor') ?? '']);
                  goTo(page.nextCursor);
                }}
              >
                {m.list.nextPage}
              </Button>
            </nav>
          </>
        )}
      </QueryView>
    </>
  );
}
