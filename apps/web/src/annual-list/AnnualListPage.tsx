import { LIST_YEARS, listYearOf } from '@aloite/domain/vocabulary';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link as RouterNavLink, useSearchParams } from 'react-router';
import {
  Button,
  Checkbox,
  Heading,
  InlineAlert,
  Link,
  Notification,
  Paragraph,
  RouterLink,
  TextInput,
} from 'suomifi-ui-components';
import { api } from '../api/client';
import { useAnnualList, useBodies, useMunicipality } from '../api/queries';
import type { AnnualList, Body, Me } from '../api/types';
import { LanguageChoice, municipalityLanguages, type DocumentLanguage } from '../common/LanguageChoice';
import { QueryView } from '../common/QueryView';
import { Table } from '../common/Table';
import { DateField, IntField, SelectField, TextField } from '../forms/fields';
import { FormAlert, FormFields, useFormValues } from '../forms/form';
import { LeaveWarning, useLeaveWarning } from '../forms/leave-warning';
import { bodyOptions, date, integer, onlyBodyOf, text } from '../forms/payload';
import { formatDate, useI18n } from '../i18n/i18n';
import { alertText, fieldErrorsOf } from '../i18n/problem-text';
import { useMayAct } from '../session/permissions';

type Choice = 'close' | 'keep' | 'none';
type Item = AnnualList['items'][number];

// What the decision may do with an initiative is the initiative's own answer: a closed one is not closed again.
const mayClose = (item: Item) => item.allowedEvents.includes('CLOSE_VIA_ANNUAL_LIST');
const mayKeep = (item: Item) => item.allowedEvents.includes('DECLARE_LAPSED');
const decidable = (list: AnnualList) =>
  list.items.filter(
    (item) => mayClose(item) || (list.lapseRule !== null && item.lapseEligible && mayKeep(item)),
  );

/** The council's decision on the list: which initiatives it closes, and (with a lapse rule) which old ones it keeps. */
function DecisionForm({ list, bodies }: { list: AnnualList; bodies: Body[] }) {
  const { m } = useI18n();
  const client = useQueryClient();
  const { values, set, typed, saved } = useFormValues({
    'meeting.bodyId': onlyBodyOf(bodies, 'council'),
    'meeting.date': '',
    'meeting.section': '',
    annualListId: '',
  });
  // Answered initiatives (answered directly) are what the list notes as handled: proposed for closing.
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(
      list.items.map((item) => [item.id, item.state === 'answered' && mayClose(item) ? 'close' : 'none']),
    ),
  );
  const leaving = useLeaveWarning(typed);
  const [problem, setProblem] = useState<unknown>(null);
  const [result, setResult] = useState<{ closed: number; lapsed: number } | null>(null);
  const items = decidable(list);

  const chosen = (choice: Choice) =>
    list.items.filter((item) => choices[item.id] === choice).map((item) => item.id);
  const lapsing = list.lapseRule
    ? list.items.filter((item) => item.lapseEligible && mayKeep(item) && choices[item.id] === 'none').length
    : 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const decided = await api<{ closed: string[]; lapsed: string[] }>(
        `/api/annual-lists/${list.year}/decision`,
        {
          method: 'POST',
          body: {
            meeting: {
              bodyId: text(values, 'meeting.bodyId'),
              date: date(values, 'meeting.date'),
              section: integer(values, 'meeting.section'),
            },
            annualListId: text(values, 'annualListId'),
            close: chosen('close'),
            keep: chosen('keep'),
          },
        },
      );
      setResult({ closed: decided.closed.length, lapsed: decided.lapsed.length });
      saved();
      await client.invalidateQueries();
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="panel">
      <LeaveWarning blocker={leaving.blocker} />
      <Heading variant="h2" mb="s">
        {m.annualList.decision}
      </Heading>
      {items.length > 0 && <Paragraph mb="m">{m.annualList.decisionIntro}</Paragraph>}
      <FormAlert trigger={problem ?? result}>
        {result && (
          <Notification closeText={m.common.close} headingText={m.form.saved} mb="m" role="status">
            {m.annualList.decided(result.closed, result.lapsed)}
          </Notification>
        )}
        {problem !== null && (
          <InlineAlert status="error" labelText={m.form.notSavedTitle} mb="m">
            {alertText(m, problem)}
          </InlineAlert>
        )}
      </FormAlert>
      {items.length === 0 ? (
        <Paragraph>{m.annualList.nothingToDecide}</Paragraph>
      ) : (
        <>
          <FormFields values={values} set={set} errors={fieldErrorsOf(problem)}>
            <fieldset className="group">
              <legend>{m.fields.meeting}</legend>
              <SelectField
                name="meeting.bodyId"
                label={m.fields.meetingBody}
                options={bodyOptions(bodies, ['council'])}
              />
              <DateField name="meeting.date" label={m.fields.meetingDate} />
              <IntField name="meeting.section" label={m.fields.section} hint={m.fields.sectionHint} />
            </fieldset>
            <TextField name="annualListId" label={m.fields.annualListId} hint={m.fields.annualListIdHint} />
          </FormFields>
          <fieldset className="group">
            <legend>{m.annualList.initiatives}</legend>
            {items.map((item) => (
              <div key={item.id} className="choice-row">
                {mayClose(item) && (
                  <Checkbox
                    id={`close-${item.id}`}
                    checked={choices[item.id] === 'close'}
                    onClick={({ checkboxState }) =>
                      setChoices({ ...choices, [item.id]: checkboxState ? 'close' : 'none' })
                    }
                  >
                    {m.annualList.close(item.diaryNumber, item.title)}
                  </Checkbox>
                )}
                {list.lapseRule && item.lapseEligible && mayKeep(item) && (
                  <Checkbox
                    id={`keep-${item.id}`}
                    checked={choices[item.id] === 'keep'}
                    onClick={({ checkboxState }) =>
                      setChoices({ ...choices, [item.id]: checkboxState ? 'keep' : 'none' })
                    }
                  >
                    {m.annualList.keep(item.diaryNumber)}
                  </Checkbox>
                )}
              </div>
            ))}
          </fieldset>
          <Paragraph mb="m" aria-live="polite">
            {m.annualList.summary(chosen('close').length, lapsing)}
          </Paragraph>
          <Button type="submit">{m.annualList.record}</Button>
        </>
      )}
    </form>
  );
}

function ListView({ list, me }: { list: AnnualList; me: Me }) {
  const { m } = useI18n();
  const bodies = useBodies();
  const may = useMayAct(me);
  const { data: municipality } = useMunicipality();
  const languages = municipality ? municipalityLanguages(municipality) : [];
  // A bilingual municipality's list is offered in either language and in both; the majority language first.
  const choices: DocumentLanguage[] = languages.length > 1 ? [...languages, 'both'] : [];
  // The preview is in the majority language, the one the documents are in unless the clerk chooses.
  const [documentLanguage, setDocumentLanguage] = useState<DocumentLanguage>(list.language);
  const exportUrl = (format: string) =>
    `/api/annual-lists/${list.year}/export?format=${format}&language=${documentLanguage}`;
  return (
    <>
      <section className="panel" aria-labelledby="list-title">
        <Heading variant="h2" id="list-title" mb="s">
          {list.title}
        </Heading>
        <Paragraph mb="s">
          {m.annualList.intro(formatDate(list.cutoff), formatDate(list.dueDate), list.rule)}
        </Paragraph>
        {choices.length > 0 && (
          <LanguageChoice
            id="document-language"
            label={m.languages.document}
            options={choices}
            value={documentLanguage}
            onChange={setDocumentLanguage}
          />
        )}
        <p className="export-links">
          <span>{m.annualList.download}</span>
          <Link href={exportUrl('pdf')}>PDF</Link>
          <Link href={exportUrl('docx')}>Word (DOCX)</Link>
          <Link href={exportUrl('csv')}>{m.annualList.csv}</Link>
        </p>
        {list.items.length === 0 ? (
          <Paragraph>{m.annualList.empty}</Paragraph>
        ) : (
          <Table
            caption={list.title}
            head={[
              m.fields.diaryNumber,
              m.fields.title,
              m.fields.submittedOn,
              m.annualList.stage,
              m.annualList.measures,
            ]}
          >
            {list.items.map((item) => (
              <tr key={item.id}>
                <td className="nowrap">{item.diaryNumber}</td>
                <td>
                  <RouterLink asComponent={RouterNavLink} to={`/initiatives/${item.id}`}>
                    {item.title}
                  </RouterLink>
                </td>
                <td>{formatDate(item.submittedOn)}</td>
                <td>
                  {m.states[item.state]}
                  {list.lapseRule && item.lapseEligible ? ` – ${m.annualList.lapseEligible}` : ''}
                </td>
                <td>
                  <ul className="measures">
                    {item.measures.map((measure, index) => (
                      <li key={index}>{measure}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </Table>
        )}
        <Heading variant="h3" as="h3" mt="m" mb="xs">
          {m.fields.proposal}
        </Heading>
        <Paragraph>{list.proposal}</Paragraph>
      </section>
      {may('CLOSE_VIA_ANNUAL_LIST') && list.items.length > 0 && (
        <QueryView query={bodies}>
          {(bodyList) => <DecisionForm key={list.year} list={list} bodies={bodyList} />}
        </QueryView>
      )}
    </>
  );
}

/** The list's own part of the page, once the year is one a list can have. */
function YearList({ year, me }: { year: number; me: Me }) {
  const list = useAnnualList(year);
  return <QueryView query={list}>{(data) => <ListView list={data} me={me} />}</QueryView>;
}

export function AnnualListPage({ me }: { me: Me }) {
  const { m } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = params.get('year');
  // No year asked: this year's list. A year that is not one is said so, never replaced by this year's.
  const year = asked === null ? new Date().getFullYear() : listYearOf(asked.trim());
  const [typedYear, setTypedYear] = useState(asked ?? String(year));
  const yearError = year === null ? m.annualList.yearInvalid(LIST_YEARS.min, LIST_YEARS.max) : undefined;
  return (
    <>
      <Heading variant="h1" mb="m">
        {m.annualList.title}
      </Heading>
      <form
        className="year-picker"
        onSubmit={(event) => {
          event.preventDefault();
          setParams({ year: typedYear });
        }}
      >
        <TextInput
          id="field-year"
          labelText={m.annualList.year}
          inputMode="numeric"
          value={typedYear}
          onChange={(value) => setTypedYear(String(value ?? ''))}
          status={yearError ? 'error' : 'default'}
          statusText={yearError}
        />
        <Button type="submit">{m.annualList.show}</Button>
      </form>
      {year !== null && <YearList year={year} me={me} />}
    </>
  );
}
