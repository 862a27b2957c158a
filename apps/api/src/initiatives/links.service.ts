import { Injectable } from '@nestjs/common';
import { InitiativeStore, LinkStore } from '@aloite/persistence';
import { AppError } from '../http/app-error';
import { requirePermission, type RequestActor } from '../auth/request-actor';
import type { LinkDto } from './link.dto';
import type { LinkResponse } from './link.responses';

const WHY = 'Only the registry links initiatives.';

/** Domain § 8.7: links between initiatives of one municipality, shown on both sides. */
@Injectable()
export class LinksService {
  constructor(
    private readonly store: InitiativeStore,
    private readonly links: LinkStore,
  ) {}

  async list(actor: RequestActor, id: string): Promise<LinkResponse[]> {
    await this.requireInitiative(actor, id);
    return this.links.linksOf(actor.municipalityId, id, true);
  }

  async add(actor: RequestActor, id: string, dto: LinkDto): Promise<LinkResponse> {
    requirePermission(actor, 'LINK_INITIATIVES', WHY);
    const linkId = await this.links.add(actor.municipalityId, id, dto.initiativeId, dto.kind, actor.id);
    const links = await this.links.linksOf(actor.municipalityId, id);
    const added = links.find((link) => link.id === linkId);
    if (!added) throw new Error(`link ${linkId} vanished after it was made`);
    return added;
  }

  async remove(actor: RequestActor, id: string, linkId: string): Promise<void> {
    requirePermission(actor, 'LINK_INITIATIVES', WHY);
    await this.links.remove(actor.municipalityId, id, linkId, actor.id);
  }

  private async requireInitiative(actor: RequestActor, id: string): Promise<void> {
    if (!(await this.store.find(actor.municipalityId, id)))
      throw new AppError('NOT_FOUND', `No initiative ${id}.`);
  }
}
