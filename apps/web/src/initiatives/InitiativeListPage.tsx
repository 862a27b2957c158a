import { INITIATIVE_STATES } from '@aloite/domain/vocabulary';
import { useState, type FormEvent } from 'react';
import { Link as RouterNavLink, useSearchParams } from 'react-router';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  RouterLink,
  TextInput,
} from 'suomifi-ui-components';
import { useBodies, useInitiativeList } from '../api/queries';
import type { InitiativeSummary } from '../api/types';
import { QueryView } from '../common/QueryView';
import { DeadlineLabel, StateLabel } from '../common/status';
import { Table } from '../common/Table';
import { formatDate, useI18n } from '../i18n/i18n';

const FILTERS = ['q', 'state', 'bodyId', 'year', 'deadline', 'signatory', 'sort'] as const;
type Filter = (typeof FILTERS)[number];
type FilterValues = Record<Filter, string>;

const ALL = 'all';
const PAGE_SIZE = 25;

function valuesFrom(params: URLSearchParams): FilterValues {
  return Object.fromEntries(FILTERS.map((filter) => [filter, params.get(filter) ?? ''])) as FilterValues;
}

/** The earliest deadline not yet met, as the list shows it. */
function nextDeadline(initiative: InitiativeSummary) {
  return initiative.deadlines
    .filter((deadline) => deadline.metOn === null)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
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
      <Dropdown
        id="field-state"
        labelText={m.fields.state}
        value={values.state || ALL}
        onChange={set('state')}
      >
        {[
          <DropdownItem key={ALL} value={ALL}>
            {m.list.any}
          </DropdownItem>,
          ...INITIATIVE_STATES.map((state) => (
            <DropdownItem key={state} value={state}>
              {m.states[state]}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <Dropdown
        id="field-bodyId"
        labelText={m.fields.body}
        value={values.bodyId || ALL}
        onChange={set('bodyId')}
      >
        {[
          <DropdownItem key={ALL} value={ALL}>
            {m.list.any}
          </DropdownItem>,
          ...(bodies.data ?? []).map((body) => (
            <DropdownItem key={body.id} value={body.id}>
              {body.name}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <TextInput
        id="field-year"
        labelText={m.list.year}
        inputMode="numeric"
        value={values.year}
        onChange={(value) => set('year')(String(value ?? ''))}
      />
      <Dropdown
        id="field-deadline"
        labelText={m.fields.deadline}
        value={values.deadline || ALL}
        onChange={set('deadline')}
      >
        <DropdownItem value={ALL}>{m.list.any}</DropdownItem>
        <DropdownItem value="overdue">{m.deadlineStatus.overdue}</DropdownItem>
        <DropdownItem value="dueSoon">{m.deadlineStatus.dueSoon}</DropdownItem>
      </Dropdown>
      <TextInput
        id="field-signatory"
        labelText={m.list.signatory}
        value={values.signatory}
        onChange={(value) => set('signatory')(String(value ?? ''))}
      />
      <Dropdown
        id="field-sort"
        labelText={m.list.sort}
        value={values.sort || 'filedAt'}
        onChange={set('sort')}
      >
        <DropdownItem value="filedAt">{m.list.sortFiled}</DropdownItem>
        <DropdownItem value="-filedAt">{m.list.sortFiledNewest}</DropdownItem>
        <DropdownItem value="dueDate">{m.list.sortDue}</DropdownItem>
      </Dropdown>
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

export function InitiativeListPage() {
  const { m } = useI18n();
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
            </Paragraph>
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
                      </td>
                      <td>{initiative.firstSigner ?? ''}</td>
                      <td>{formatDate(initiative.submittedOn)}</td>
                      <td>
                        <StateLabel state={initiative.state} />
                      </td>
                      <td>
                        {deadline && (
                          <>
                            {formatDate(deadline.dueDate)} <DeadlineLabel status={deadline.status} />
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
