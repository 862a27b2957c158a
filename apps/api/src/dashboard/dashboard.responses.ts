import type { DeadlineStatus, InitiativeState } from '@aloite/domain';
import type { OpenRequestsAtBody } from '@aloite/persistence';
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
}
