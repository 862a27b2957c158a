import type { IsoDate } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { annualListCandidates, type AnnualListCandidate } from './annual-list-query';
import { dashboardRows, type DashboardRows } from './dashboard-query';
import { recentlyDecided } from './decided-query';
import { listInitiatives, type ListFilters, type ListPage } from './initiative-query';
import { registrarTaskRows, type RegistrarTaskRows } from './registrar-tasks-query';

/**
 * The reads over many initiatives: the list, the annual list's candidates, the dashboard, the registry's tasks and
 * the public feeds' latest decisions.
 */
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

  /** Up to `limit` initiatives with the latest decisions (of one body, or any), latest first. */
  recentlyDecided(municipalityId: string, bodyId: string | null, limit: number): Promise<string[]> {
    return recentlyDecided(this.db, municipalityId, bodyId, limit);
  }

  registrarTasks(municipalityId: string, today: IsoDate, listYearStart: IsoDate): Promise<RegistrarTaskRows> {
    return registrarTaskRows(this.db, municipalityId, today, listYearStart);
  }
}
