import {
  annualListDueDate,
  deadlineStatus,
  isoDate,
  mayAct,
  versionInForce,
  yearOf,
  type IsoDate,
} from '@aloite/domain';
import { InitiativeReports, RulePackStore } from '@aloite/persistence';
import { Injectable } from '@nestjs/common';
import type { RequestActor } from '../auth/request-actor';
import type { RegistrarTasksResponse, StateCountsResponse } from './dashboard.responses';

/**
 * Issue 19: the registry's own work – initiatives to refer, statement requests overdue, board decisions due and
 * the annual list due – each linked by the web app to the place where it is done.
 */
@Injectable()
export class RegistrarTasks {
  constructor(
    private readonly reports: InitiativeReports,
    private readonly rulePacks: RulePackStore,
  ) {}

  /** Null for anyone who does not refer initiatives: the tasks are the registry's. */
  async of(
    actor: RequestActor,
    today: IsoDate,
    byState: StateCountsResponse,
  ): Promise<RegistrarTasksResponse | null> {
    const versions = (await this.rulePacks.versions(actor.municipalityId)).map((version) => version.pack);
    if (!mayAct(actor, 'REFER_TO_BOARD', versionInForce(versions, today))) return null;
    // This year's list, by the rules in force when its year began (as the annual list's page reads them).
    const year = yearOf(today);
    const listYearStart = isoDate(year, 1, 1);
    const dueDate = annualListDueDate(versionInForce(versions, listYearStart), year);
    const rows = await this.reports.registrarTasks(actor.municipalityId, today, listYearStart);
    const status = deadlineStatus(dueDate, null, today);
    return {
      toRefer: rows.toRefer,
      toReferTotal: byState.registered,
      overdueRequests: rows.overdueRequests,
      overdueRequestsTotal: rows.overdueRequestsTotal,
      boardDecisions: rows.boardDecisions,
      boardDecisionsTotal: byState.boardPreparation,
      annualList:
        !rows.annualListDecided && (status === 'dueSoon' || status === 'overdue')
          ? { year, dueDate, status }
          : null,
    };
  }
}
