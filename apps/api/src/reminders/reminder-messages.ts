import { finnishDate, type IsoDate } from '@aloite/domain';
import type { OpenRequestDue } from '@aloite/persistence';

// The reminders' Finnish wording.

const FOOTER = '\n\nTämä on Aloite-järjestelmän automaattinen muistutus valtuustoaloitteen määräajasta.';

export function statementReminder(request: OpenRequestDue, today: IsoDate) {
  const late = request.dueDate < today;
  return {
    subject: late
      ? `Lausunto myöhässä (määräpäivä ${finnishDate(request.dueDate)}): ${request.diaryNumber} ${request.title}`
      : `Lausunto erääntyy ${finnishDate(request.dueDate)}: ${request.diaryNumber} ${request.title}`,
    body:
      `Hei,\n\n${request.bodyName} on pyydetty antamaan lausunto valtuustoaloitteesta "${request.title}" ` +
      `(${request.diaryNumber}). Lausunnon määräpäivä ${late ? 'oli' : 'on'} ${finnishDate(request.dueDate)}.` +
      (late ? '\n\nMääräpäivä on mennyt. Aloitteen valmistelua voidaan jatkaa ilman lausuntoa.' : '') +
      FOOTER,
  };
}

export interface CouncilDeadlineDue {
  /** Council: on the council's agenda by the day; answer: answered in writing by it. */
  kind: 'council' | 'answer';
  diaryNumber: string;
  title: string;
  dueDate: IsoDate;
  rule: string | null;
}

const ANSWER_DEADLINES = {
  council: {
    name: 'Valtuuston käsittelyn määräaika',
    owed: 'Valtuustoaloitteen %s on oltava valtuuston käsittelyssä',
  },
  answer: {
    name: 'Kirjallisen vastauksen määräaika',
    owed: 'Valtuustoaloitteeseen %s on vastattava kirjallisesti',
  },
};

export function councilDeadlineReminder(deadline: CouncilDeadlineDue, today: IsoDate) {
  const late = deadline.dueDate < today;
  const { name, owed } = ANSWER_DEADLINES[deadline.kind];
  return {
    subject: late
      ? `${name} ylittynyt (${finnishDate(deadline.dueDate)}): ${deadline.diaryNumber} ${deadline.title}`
      : `${name} ${finnishDate(deadline.dueDate)}: ${deadline.diaryNumber} ${deadline.title}`,
    body:
      `Hei,\n\n${owed.replace('%s', `"${deadline.title}" (${deadline.diaryNumber})`)} ` +
      `${finnishDate(deadline.dueDate)} mennessä${deadline.rule ? ` (${deadline.rule})` : ''}.` +
      (late ? '\n\nMääräaika on ylittynyt.' : '') +
      FOOTER,
  };
}
