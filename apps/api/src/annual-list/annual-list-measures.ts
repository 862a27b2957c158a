import { minutesDate, type IsoDate, type MeasureWords, type StatementRequest } from '@aloite/domain';
import type { AnnualListCandidate, AnnualListMeasure } from '@aloite/persistence';

const MEASURE_LENGTH = 400;

function shorten({ text, cut }: Pick<AnnualListMeasure, 'text' | 'cut'>): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length > MEASURE_LENGTH) return `${flat.slice(0, MEASURE_LENGTH - 1)}…`;
  return cut ? `${flat}…` : flat;
}

interface Dated {
  date: IsoDate;
  line: string;
}

/** Who a request went to, as the list names them: the body, or the office holder with their title. */
function addressee(request: StatementRequest, bodyName: (id: string) => string): string {
  if (request.officeHolder) return `${request.officeHolder.name}, ${request.officeHolder.title}`;
  return bodyName(request.bodyId ?? '');
}

/** The measures a request adds: asking or referring, and an office holder's written answer or a waiver. */
function requestMeasures(
  request: StatementRequest,
  bodyName: (id: string) => string,
  words: MeasureWords,
  waiverReasons: boolean,
): Dated[] {
  const who = addressee(request, bodyName);
  const due = request.dueDate ? `, ${words.dueDate} ${minutesDate(request.dueDate)}` : '';
  const asked =
    request.kind === 'measures'
      ? `${words.referredForMeasures}${request.replyExpected ? `, ${words.replyRequested}${due}` : ''}`
      : `${words.statementRequested}${due}`;
  const measures = [
    { date: request.requestedOn, line: `${who} ${minutesDate(request.requestedOn)}: ${asked}` },
  ];
  const resolvedOn = request.resolvedOn;
  if (resolvedOn === null) return measures;
  // A body answers in its meeting, which is a handling of its own; an office holder answers in writing.
  if (request.status === 'received' && request.officeHolder) {
    const answer = request.kind === 'measures' ? words.replyInWriting : words.statementInWriting;
    measures.push({ date: resolvedOn, line: `${who} ${minutesDate(resolvedOn)}: ${answer}` });
  }
  if (request.status === 'waived') {
    const reason =
      waiverReasons && request.waiverReason ? `: ${shorten({ text: request.waiverReason, cut: false })}` : '';
    measures.push({
      date: resolvedOn,
      line: `${who} ${minutesDate(resolvedOn)}: ${words.waived}${reason}`,
    });
  }
  return measures;
}

/**
 * domain.md § 8: the list's "measures taken" are every handling, statement request, waiver, office-holder answer
 * and measure referral, with body or office holder, date and § where there is one, in order of date. A waiver's
 * reason is for the council's list only: the public list leaves it out (issue 21).
 */
export function measuresTaken(
  record: AnnualListCandidate,
  bodyName: (id: string) => string,
  words: MeasureWords,
  { waiverReasons }: { waiverReasons: boolean } = { waiverReasons: true },
): string[] {
  const handlings = record.measures.map((measure) => ({
    date: measure.date,
    line: `${bodyName(measure.bodyId)} ${minutesDate(measure.date)} § ${measure.section}: ${shorten(measure)}`,
  }));
  const requests = record.context.statements.flatMap((request) =>
    requestMeasures(request, bodyName, words, waiverReasons),
  );
  return [...handlings, ...requests]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((measure) => measure.line);
}
