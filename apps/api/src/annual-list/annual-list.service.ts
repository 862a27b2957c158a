import { Injectable } from '@nestjs/common';
import {
  allowedEvents,
  annualListCutoff,
  annualListDueDate,
  annualListTexts,
  authorize,
  eventDateBounds,
  versionInForce,
  isFinal,
  isOnAnnualList,
  lapsesOnList,
  restore,
  step,
  type AnnualListTexts,
  type EventType,
  type InitiativeEvent,
  type InitiativeState,
  type IsoDate,
  type Language,
  type Meeting,
  type RulePack,
  isoDate,
} from '@aloite/domain';
import {
  BodyStore,
  InitiativeReports,
  InitiativeStore,
  MunicipalityStore,
  RulePackStore,
  type AnnualListCandidate,
} from '@aloite/persistence';
import { measuresTaken } from './annual-list-measures';
import { publicAnnualListItem, type PublicAnnualListItem } from '../public/public-view';
import { bodyNameIn, documentLanguages, type DocumentLanguage } from '../municipality/languages';
import { AppError, invalid } from '../http/app-error';
import { requirePermission, type RequestActor } from '../auth/request-actor';
import { Clock } from '../clock';
import { requireDatesWithin } from '../validation/date-bounds';
import type { AnnualListDecisionResponse } from './annual-list.responses';

export interface AnnualListItem {
  id: string;
  diaryNumber: string;
  title: string;
  submittedOn: IsoDate;
  firstSigner: string | null;
  state: InitiativeState;
  stage: string;
  /** What has been done so far (toimenpiteet): handlings, requests, referrals, answers and waivers by date. */
  measures: string[];
  /** Lapses on this list under the rules the initiative is judged by, unless the council keeps it (Turku). */
  lapseEligible: boolean;
  /** What this user may do with it now: the decision offers closing only where the initiative allows it. */
  allowedEvents: EventType[];
}

/** The list in one language: its texts and its initiatives' stages and measures in that language. */
export interface AnnualListEdition {
  dueDate: IsoDate;
  texts: AnnualListTexts;
  items: AnnualListItem[];
}

export interface AnnualListTranslation {
  language: Language;
  municipality: string;
  rule: string;
  lapseRule: string | null;
  title: string;
  proposal: string;
  items: Pick<AnnualListItem, 'id' | 'stage' | 'measures'>[];
}

export interface AnnualList extends Omit<AnnualListTranslation, 'items'> {
  year: number;
  cutoff: IsoDate;
  dueDate: IsoDate;
  items: AnnualListItem[];
  /** Both languages asked for: the other language's texts. */
  translation: AnnualListTranslation | null;
}

export interface AnnualListDecision {
  meeting: Meeting;
  annualListId: string;
  close: string[];
  keep: string[];
}

function translation({ texts, items }: AnnualListEdition): AnnualListTranslation {
  return {
    language: texts.language,
    municipality: texts.municipality,
    rule: texts.rule,
    lapseRule: texts.lapseRule,
    title: texts.title,
    proposal: texts.proposal,
    items: items.map(({ id, stage, measures }) => ({ id, stage, measures })),
  };
}

/** Kuntalaki 23 §: the board's yearly list of unfinished initiatives and the measures taken on them. */
@Injectable()
export class AnnualListService {
  constructor(
    private readonly store: InitiativeStore,
    private readonly reports: InitiativeReports,
    private readonly municipalities: MunicipalityStore,
    private readonly rulePacks: RulePackStore,
    private readonly bodies: BodyStore,
    private readonly clock: Clock,
  ) {}

  /** The list in the languages asked for, the majority language first. */
  async editions(actor: RequestActor, year: number, asked?: DocumentLanguage): Promise<AnnualListEdition[]> {
    const municipality = await this.municipalities.find(actor.municipalityId);
    const languages = documentLanguages(municipality, asked);
    const pack = await this.packOfYear(actor.municipalityId, year);
    const bodies = await this.bodies.ofMunicipality(actor.municipalityId);
    const members = await this.members(actor.municipalityId, year);
    const today = this.clock.today();
    return languages.map((language) => {
      const texts = annualListTexts(pack, year, language);
      const bodyName = bodyNameIn(bodies, language);
      const items = members.map((record) => ({
        id: record.id,
        diaryNumber: record.diaryNumber,
        title: record.title,
        submittedOn: record.submittedOn,
        firstSigner: record.firstSigner,
        state: record.state,
        stage: texts.stage(record.state),
        measures: measuresTaken(record, bodyName, texts.measures),
        lapseEligible: lapsesOnList(record.pack, record.submittedOn, year),
        allowedEvents: allowedEvents(restore(record, record.pack), actor, today),
      }));
      return { dueDate: annualListDueDate(pack, year), texts, items };
    });
  }

  async preview(actor: RequestActor, year: number, asked?: DocumentLanguage): Promise<AnnualList> {
    const [first, second] = await this.editions(actor, year, asked);
    if (!first) throw new Error('A list is written in at least one language.');
    return {
      ...translation(first),
      year,
      cutoff: annualListCutoff(year),
      dueDate: first.dueDate,
      items: first.items,
      translation: second ? translation(second) : null,
    };
  }

  /** The list as anyone may read it (issue 21): each initiative made by public-view.ts, in one language. */
  async publicEdition(
    municipalityId: string,
    year: number,
    language: Language,
  ): Promise<{ dueDate: IsoDate; items: PublicAnnualListItem[] }> {
    const pack = await this.packOfYear(municipalityId, year);
    const texts = annualListTexts(pack, year, language);
    const bodyName = bodyNameIn(await this.bodies.ofMunicipality(municipalityId), language);
    const members = await this.members(municipalityId, year);
    return {
      dueDate: annualListDueDate(pack, year),
      items: members.map((record) =>
        publicAnnualListItem(record, texts.stage(record.state), bodyName, texts.measures),
      ),
    };
  }

  /**
   * The council's decision on the list: closes the initiatives it names and, where the rule pack has a lapse rule,
   * declares the old ones lapsed unless the decision keeps them – in one transaction, all or nothing.
   */
  async decide(
    actor: RequestActor,
    year: number,
    decision: AnnualListDecision,
  ): Promise<AnnualListDecisionResponse> {
    requirePermission(
      actor,
      'CLOSE_VIA_ANNUAL_LIST',
      'Only the registry records the council’s decision on the annual list.',
      { pack: await this.packOfYear(actor.municipalityId, year) },
    );
    const members = await this.members(actor.municipalityId, year);
    const onList = new Map(members.map((record) => [record.id, record]));
    const notOnList = [...decision.close, ...decision.keep].filter((id) => !onList.has(id));
    if (notOnList.length > 0) {
      throw invalid('close', `not on the list of ${year}: ${notOnList.join(', ')}`, 'notOnList', { year });
    }
    if (decision.close.some((id) => decision.keep.includes(id))) {
      throw invalid('keep', 'an initiative cannot be both closed and kept', 'closedAndKept');
    }
    await this.requireCouncil(actor, decision.meeting.bodyId);
    const events = new Map<string, InitiativeEvent>();
    for (const id of decision.close) {
      events.set(id, {
        type: 'CLOSE_VIA_ANNUAL_LIST',
        meeting: decision.meeting,
        annualListId: decision.annualListId,
        listYear: year,
      });
    }
    for (const record of members) {
      const lapses =
        !isFinal(record.state) &&
        !events.has(record.id) &&
        !decision.keep.includes(record.id) &&
        lapsesOnList(record.pack, record.submittedOn, year);
      if (lapses)
        events.set(record.id, { type: 'DECLARE_LAPSED', meeting: decision.meeting, listYear: year });
    }
    for (const record of members) {
      const event = events.get(record.id);
      if (event) requireDatesWithin(eventDateBounds(event, record.submittedOn, this.clock.today()));
    }
    const refused: string[] = [];
    const records = await this.store
      .transitionAll(
        actor.municipalityId,
        [...events].map(([id, event]) => ({
          id,
          decide: (current) => {
            const result = authorize(actor, event, current.pack).ok
              ? step(current, event, current.pack)
              : null;
            if (!result?.ok) {
              refused.push(current.diaryNumber);
              throw new AppError('TRANSITION_NOT_ALLOWED', 'refused');
            }
            return { event, next: result.next, handling: result.handling };
          },
        })),
        actor.id,
      )
      .catch((error: unknown) => {
        if (refused.length === 0) throw error;
        throw new AppError(
          'TRANSITION_NOT_ALLOWED',
          `Nothing was recorded: the decision cannot be applied to ${refused.join(', ')}. Leave it out of the decision or handle it first.`,
          { refused },
        );
      });
    return {
      year,
      closed: records.filter((record) => record.state === 'closed').map((record) => record.id),
      lapsed: records.filter((record) => record.state === 'lapsed').map((record) => record.id),
    };
  }

  /** The rules in force when the list's year begins: its due day and wording. */
  private async packOfYear(municipalityId: string, year: number): Promise<RulePack> {
    const versions = await this.rulePacks.versions(municipalityId);
    return versionInForce(
      versions.map((version) => version.pack),
      isoDate(year, 1, 1),
    );
  }

  private async members(municipalityId: string, year: number): Promise<AnnualListCandidate[]> {
    const candidates = await this.reports.annualListCandidates(municipalityId, year);
    return candidates.filter((record) => isOnAnnualList(year, record.submittedOn, record.context.endedOn));
  }

  private async requireCouncil(actor: RequestActor, bodyId: string): Promise<void> {
    const body = (await this.bodies.ofMunicipality(actor.municipalityId)).find(({ id }) => id === bodyId);
    if (!body) throw invalid('meeting.bodyId', 'no such body in this municipality', 'noSuchBody');
    if (body.kind !== 'council')
      throw invalid('meeting.bodyId', `must be the council, not ${body.name}`, 'bodyOfWrongKind', {
        kind: 'council',
        body: body.name,
      });
  }
}
