import { minutesDate, type IsoDate } from '@aloite/domain';
import type { OpenRequestDue } from '@aloite/persistence';

// The reminders' Finnish wording. Dates as people write them: 31.5.2026.

const date = (iso: IsoDate) => minutesDate(iso).replace(/^0/, '').replace(/\.0/, '.');

const FOOTER = '\n\nTämä on Aloite-järjestelmän automaattinen muistutus valtuustoaloitteen määräajasta.';

export function statementReminder(request: OpenRequestDue, today: IsoDate) {
  const late = request.dueDate < today;
  return {
    subject: late
      ? `Lausunto myöhässä (määräpäivä ${date(request.dueDate)}): ${request.diaryNumber} ${request.title}`
      : `Lausunto erääntyy ${date(request.dueDate)}: ${request.diaryNumber} ${request.title}`,
    body:
      `Hei,\n\n${request.bodyName} on pyydetty antamaan lausunto valtuustoaloitteesta "${request.title}" ` +
      `(${request.diaryNumber}). Lausunnon määräpäivä ${late ? 'oli' : 'on'} ${date(request.dueDate)}.` +
      (late
        ? '\n\nMääräpäivä on mennyt. Kaupunginhallitus voi jatkaa aloitteen valmistelua ilman lausuntoa.'
        : '') +
      FOOTER,
  };
}

export interface CouncilDeadlineDue {
  diaryNumber: string;
  title: string;
  dueDate: IsoDate;
  rule: string | null;
}

export function councilDeadlineReminder(deadline: CouncilDeadlineDue, today: IsoDate) {
  const late = deadline.dueDate < today;
  return {
    subject: late
      ? `Valtuuston käsittelyn määräaika ylittynyt (${date(deadline.dueDate)}): ${deadline.diaryNumber} ${deadline.title}`
      : `Valtuuston käsittelyn määräaika ${date(deadline.dueDate)}: ${deadline.diaryNumber} ${deadline.title}`,
    body:
      `Hei,\n\nValtuustoaloitteen "${deadline.title}" (${deadline.diaryNumber}) on oltava valtuuston käsittelyssä ` +
      `${date(deadline.dueDate)} mennessä${deadline.rule ? ` (${deadline.rule})` : ''}.` +
      (late ? '\n\nMääräaika on ylittynyt.' : '') +
      FOOTER,
  };
}
