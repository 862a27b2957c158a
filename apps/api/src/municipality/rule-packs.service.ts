import { Injectable } from '@nestjs/common';
import {
  RULE_PACK_IDS,
  TEMPLATES,
  isFinal,
  parseRulePack,
  replay,
  ruleChange,
  versionInForce,
  type RulePack,
  type RulePackId,
} from '@aloite/domain';
import { RulePackStore, type JudgedInitiative, type RulePackVersion } from '@aloite/persistence';
import { adminActor, requirePermission, type RequestActor } from '../auth/request-actor';
import { Clock } from '../clock';
import { AppError } from '../http/app-error';
import type {
  RulePackPreviewResponse,
  RulePackTemplateResponse,
  RulePackVersionResponse,
} from './rule-pack.responses';

const WHY = 'Only an administrator sets the municipality’s rules.';

function versionResponse({ id, pack, createdBy, createdAt }: RulePackVersion): RulePackVersionResponse {
  return { id, rules: pack, createdBy, createdAt };
}

/** A rule pack as an administrator sent it, or 400 naming every field that is wrong (issue 17). */
function parsed(body: unknown): RulePack {
  const result = parseRulePack(body);
  if (result.ok) return result.pack;
  throw new AppError(
    'VALIDATION_FAILED',
    result.errors.map((error) => `${error.field}: ${error.message}`).join('; '),
    {
      // What the reader names (a range's bounds, a token) goes along, for the web app to word the error.
      errors: result.errors.map(({ field, message, code, params }) => ({
        field,
        message,
        rule: 'rulePack' as const,
        params: { ...params, code },
      })),
    },
  );
}

/** "A new version never rewrites history": each initiative it judges must replay, under it, to what is stored. */
function contradicted(initiatives: JudgedInitiative[], pack: RulePack): string[] {
  return initiatives.flatMap(({ diaryNumber, facts, log, state }) => {
    try {
      return replay(facts, log, pack).state === state ? [] : [diaryNumber];
    } catch {
      return [diaryNumber];
    }
  });
}

/** The municipality's rule-pack versions: listed, previewed (what-if) and added by an administrator. */
@Injectable()
export class RulePacksService {
  constructor(
    private readonly rulePacks: RulePackStore,
    private readonly clock: Clock,
  ) {}

  async versions(actor: RequestActor): Promise<RulePackVersionResponse[]> {
    requirePermission(actor, 'EDIT_MUNICIPALITY', WHY);
    return (await this.rulePacks.versions(actor.municipalityId)).map(versionResponse);
  }

  templates(actor: RequestActor): RulePackTemplateResponse[] {
    requirePermission(actor, 'EDIT_MUNICIPALITY', WHY);
    return RULE_PACK_IDS.map((id) => ({ id, rules: TEMPLATES[id] }));
  }

  /** The version in force today: what the municipality's page and the web app's permissions show. */
  async inForceToday(municipalityId: string): Promise<RulePack> {
    const versions = await this.rulePacks.versions(municipalityId);
    return versionInForce(
      versions.map((version) => version.pack),
      this.clock.today(),
    );
  }

  async preview(actor: RequestActor, body: unknown): Promise<RulePackPreviewResponse> {
    requirePermission(actor, 'EDIT_MUNICIPALITY', WHY);
    const pack = parsed(body);
    const versions = (await this.rulePacks.versions(actor.municipalityId)).map((version) => version.pack);
    const judged = await this.rulePacks.judgedBy(actor.municipalityId, pack.validFrom);
    const open = judged.filter((initiative) => !isFinal(initiative.state));
    const today = this.clock.today();
    const changes = open.flatMap(({ id, diaryNumber, title, facts }) => {
      const change = ruleChange(versionInForce(versions, facts.submittedOn), pack, facts, today);
      return change ? [{ initiativeId: id, diaryNumber, title, ...change }] : [];
    });
    return { rules: pack, judged: open.length, changes, contradicted: contradicted(judged, pack) };
  }

  async add(actor: RequestActor, body: unknown): Promise<RulePackVersionResponse> {
    requirePermission(actor, 'EDIT_MUNICIPALITY', WHY);
    return versionResponse(await this.save(actor, parsed(body)));
  }

  /** A new version from a template, starting today, keeping the municipality's names: `PUT /api/municipality`. */
  async startFromTemplate(actor: RequestActor, template: RulePackId): Promise<void> {
    const current = await this.inForceToday(actor.municipalityId);
    if (current.template === template) return;
    const { municipality, governingRules } = current;
    await this.save(actor, {
      ...TEMPLATES[template],
      validFrom: this.clock.today(),
      municipality,
      governingRules,
    });
  }

  private save(actor: RequestActor, pack: RulePack): Promise<RulePackVersion> {
    return this.rulePacks.add(actor.municipalityId, pack, adminActor(actor), (initiatives) => {
      const refused = contradicted(initiatives, pack);
      if (refused.length > 0) {
        throw new AppError(
          'RULE_PACK_CONTRADICTS_HISTORY',
          `Nothing was saved: under these rules the recorded handling of ${refused.join(', ')} would not have been possible.`,
          {
            refused,
            errors: [
              {
                field: 'validFrom',
                message: 'would change the rules of initiatives already handled under them',
                rule: 'rulesContradictHistory',
              },
            ],
          },
        );
      }
    });
  }
}
