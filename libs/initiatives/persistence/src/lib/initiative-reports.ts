import type { IsoDate } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { annualListCandidates, type AnnualListCandidate } from './annual-list-query';
import { dashboardRows, type DashboardRows } from './dashboard-query';
import { listInitiatives, type ListFilters, type ListPage } from './initiative-query';
import { registrarTaskRows, type RegistrarTaskRows } from './registrar-tasks-query';

/** The reads over many initiatives: the list, the annual list's candidates, the dashboard and the registry's tasks. */
export class InitiativeReports {
  constructor(private readonly db: DataSource) {}

  list(municipalityId: string, filters: ListFilters, today: IsoDate): Promise<ListPage> {
    return listInitiatives(this.db, municipalityId, filters, today);
  }

  annualListCandidates(municipalityId: string, listYear: number): Promise<AnnualListCandidate[]> {
    return annualListCandidates(this.db, municipalityId, listYear);
  }

  dashboard(municipalityId: string, bodyIds: readonly string[], today: IsoDate): Promise<DashboardRows> {
    return dashboardRows(this.db, municipalityId, bodyIds, today);
  }

  registrarTasks(municipalityId: string, today: IsoDate, listYearStart: IsoDate): Promise<RegistrarTaskRows> {
    return registrarTaskRows(this.db, municipalityId, today, listYearStart);
  }
}
