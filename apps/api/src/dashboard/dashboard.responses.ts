import type { DeadlineStatus, InitiativeState } from '@aloite/domain';
import type { OpenRequestsAtBody, OverdueRequestRow, TaskInitiativeRow } from '@aloite/persistence';
import { DeadlineResponse, InitiativeSummaryResponse } from '../initiatives/initiative.responses';
import { Day, Id, Int, Nested, OneOf, State, Text } from '../http/response-fields';

export class DueDeadlineResponse extends DeadlineResponse {
  @Id() initiativeId!: string;
  @Text() diaryNumber!: string;
  @Text() title!: string;
  @State() state!: InitiativeState;
}

export class OpenRequestsAtBodyResponse implements OpenRequestsAtBody {
  @Id() bodyId!: string;
  @Int() open!: number;
  @Int() overdue!: number;
}

export class MyRequestResponse {
  @Id() initiativeId!: string;
  @Text() diaryNumber!: string;
  @Text() title!: string;
  @State() state!: InitiativeState;
  @Id() bodyId!: string;
  @Day() requestedOn!: string;
  @Day() dueDate!: string;
  @OneOf(['open', 'met', 'dueSoon', 'overdue'], { enumName: 'DeadlineStatus' }) status!: DeadlineStatus;
}

export class TaskInitiativeResponse implements TaskInitiativeRow {
  @Id() initiativeId!: string;
  @Text() diaryNumber!: string;
  @Text() title!: string;
  @Day() submittedOn!: string;
}

export class OverdueRequestResponse implements OverdueRequestRow {
  @Id() initiativeId!: string;
  @Text() diaryNumber!: string;
  @Text() title!: string;
  @Id({ nullable: true, description: 'The body asked; null when an office holder was' }) bodyId!:
    string | null;
  @Text({ nullable: true }) officeHolder!: string | null;
  @Day() dueDate!: string;
}

export class AnnualListTaskResponse {
  @Int() year!: number;
  @Day() dueDate!: string;
  @OneOf(['open', 'met', 'dueSoon', 'overdue'], { enumName: 'DeadlineStatus' }) status!: DeadlineStatus;
}

export class RegistrarTasksResponse {
  @Nested(() => TaskInitiativeResponse, {
    isArray: true,
    description: 'Filed, not yet referred; oldest first',
  })
  toRefer!: TaskInitiativeResponse[];
  @Int() toReferTotal!: number;
  @Nested(() => OverdueRequestResponse, { isArray: true, description: 'Open requests past their due date' })
  overdueRequests!: OverdueRequestResponse[];
  @Int() overdueRequestsTotal!: number;
  @Nested(() => TaskInitiativeResponse, {
    isArray: true,
    description: 'In board preparation, no request open: the board’s proposal to make; oldest first',
  })
  boardDecisions!: TaskInitiativeResponse[];
  @Int() boardDecisionsTotal!: number;
  @Nested(() => AnnualListTaskResponse, {
    nullable: true,
    description: 'This year’s annual list, due within 30 days or late and not yet decided',
  })
  annualList!: AnnualListTaskResponse | null;
}

/** The compiler asks for every state here: `implements` a record of all of them. */
export class StateCountsResponse implements Record<InitiativeState, number> {
  @Int() registered!: number;
  @Int() boardPreparation!: number;
  @Int() awaitingStatements!: number;
  @Int() councilConsideration!: number;
  @Int() answered!: number;
  @Int() closed!: number;
  @Int() withdrawn!: number;
  @Int() lapsed!: number;
}

export class DashboardResponse {
  @Day() today!: string;
  @Nested(() => StateCountsResponse, { description: 'Initiatives per state, every state named' })
  byState!: StateCountsResponse;
  @Nested(() => DueDeadlineResponse, { isArray: true, description: 'Overdue and due-soon deadlines' })
  deadlines!: DueDeadlineResponse[];
  @Nested(() => OpenRequestsAtBodyResponse, { isArray: true })
  openRequestsByBody!: OpenRequestsAtBodyResponse[];
  @Nested(() => InitiativeSummaryResponse, { isArray: true }) oldestOpen!: InitiativeSummaryResponse[];
  @Nested(() => MyRequestResponse, {
    isArray: true,
    description: 'Open requests at the bodies this user serves',
  })
  myRequests!: MyRequestResponse[];
  @Nested(() => RegistrarTasksResponse, {
    nullable: true,
    description: 'What the registry has to do next; null for anyone else',
  })
  myTasks!: RegistrarTasksResponse | null;
}
