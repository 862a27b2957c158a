import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { deadlinesOf, deadlineStatus, INITIATIVE_STATES, type InitiativeState } from '@aloite/domain';
import { InitiativeReports } from '@aloite/persistence';
import { CurrentActor, type RequestActor } from '../auth/request-actor';
import { Clock } from '../clock';
import { initiativeSummary } from '../initiatives/initiative.view';
import { DashboardResponse } from './dashboard.responses';
import { RegistrarTasks } from './registrar-tasks';

@ApiTags('dashboard')
@Controller('api/dashboard')
export class DashboardController {
  constructor(
    private readonly reports: InitiativeReports,
    private readonly clock: Clock,
    private readonly registrarTasks: RegistrarTasks,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Counts per state, overdue and due-soon deadlines, open statement requests per body, the oldest open ' +
      'initiatives, the open requests at the bodies this user serves, and the registry’s tasks',
  })
  @ApiOkResponse({ type: DashboardResponse })
  async dashboard(@CurrentActor() actor: RequestActor): Promise<DashboardResponse> {
    const today = this.clock.today();
    const rows = await this.reports.dashboard(actor.municipalityId, actor.bodyIds, today);
    const deadlines = rows.dueRows.flatMap((row) =>
      deadlinesOf(row.state, row.context, today, row.pack)
        .filter((deadline) => deadline.status === 'overdue' || deadline.status === 'dueSoon')
        .map((deadline) => ({
          ...deadline,
          initiativeId: row.id,
          diaryNumber: row.diaryNumber,
          title: row.title,
          state: row.state,
        })),
    );
    const byState = Object.fromEntries(
      INITIATIVE_STATES.map((state) => [state, rows.byState[state] ?? 0]),
    ) as Record<InitiativeState, number>;
    return {
      today,
      byState,
      deadlines: deadlines.sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
      openRequestsByBody: rows.openRequestsByBody,
      oldestOpen: rows.oldestOpen.map((row) =>
        initiativeSummary({ ...row, firstSigner: null, snippet: null, matchingDocuments: [] }, today),
      ),
      myRequests: rows.requestsAtBodies.map((request) => ({
        ...request,
        status: deadlineStatus(request.dueDate, null, today),
      })),
      myTasks: await this.registrarTasks.of(actor, today, byState),
    };
  }
}
