import type { Handling } from './handling';
import { bodyDative, municipalityGenitive } from './body-name-forms';
import { MINUTES_WORDS, type MinutesWords, type Tense } from './minutes-texts';
import type { Language, RulePack } from './rule-packs';
import { citation } from './rules';
import type { InitiativeKind, IsoDate, Preparer } from './types';

/** What a minutes paragraph says about the initiative itself. */
export interface MinutesInitiative {
  title: string;
  text: string;
  diaryNumber: string;
  kind: InitiativeKind;
  signatories: { name: string; party: string | null; firstSigner: boolean }[];
  signatoryCount: number;
}

/** Minutes write meeting dates with leading zeros: 20.05.2026. */
export function minutesDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

function preparerLine(preparer: Preparer): string {
  return [preparer.name, preparer.title, preparer.email].filter(Boolean).join(', ');
}

/**
 * How the minutes record the initiative. Kajaani writes "valtuutettu Juha Urpilaisen (SDP) esittämä", but the
 * genitive of a surname cannot be derived by rule, so the signer is named in a relative clause instead.
 */
function filingSentence(initiative: MinutesInitiative, words: MinutesWords): string {
  if (initiative.kind === 'resident') return words.residentFiling(initiative.signatoryCount);
  const first =
    initiative.signatories.find((signatory) => signatory.firstSigner) ?? initiative.signatories[0];
  const signer = first ? `${first.name}${first.party ? ` (${first.party})` : ''}` : '';
  return initiative.kind === 'councilGroup'
    ? words.councilGroupFiling(signer)
    : words.councillorFiling(signer, initiative.signatoryCount - (first ? 1 : 0));
}

/** The council's referral sentence, to the pack's board, citing the hallintosääntö § of the rule pack. */
export function referralSentence(pack: RulePack, tense: Tense, language: Language): string {
  const ground =
    pack.referralSection === null
      ? null
      : { whose: municipalityGenitive(pack, language), section: pack.referralSection };
  return MINUTES_WORDS[language].referral(tense, bodyDative(pack.board, language), ground);
}

function defaultTexts(
  handling: Handling,
  pack: RulePack,
  language: Language,
): { proposal: string | null; decision: string | null } {
  const words = MINUTES_WORDS[language];
  switch (handling.event) {
    case 'REFER_TO_BOARD':
      return {
        proposal: referralSentence(pack, 'proposal', language),
        decision: referralSentence(pack, 'decision', language),
      };
    case 'CLOSE_VIA_ANNUAL_LIST':
      return {
        proposal: null,
        decision: words.annualListClosure(citation(pack, pack.annualList.section, language)),
      };
    case 'DECLARE_LAPSED':
      return {
        proposal: null,
        decision: words.lapse(pack.lapse ? citation(pack, pack.lapse.section, language) : null),
      };
    case 'RECORD_STATEMENT':
    case 'RECORD_BOARD_DECISION':
    case 'RECORD_COUNCIL_DECISION':
    case 'REQUEST_STATEMENT':
    case 'RECORD_WRITTEN_STATEMENT':
    case 'WAIVE_STATEMENT':
    case 'REFER_FOR_MEASURES':
    case 'WITHDRAW':
      return { proposal: null, decision: null };
  }
}

/**
 * The paragraph a secretary pastes into the minutes for one handling, laid out as Kajaani's minutes lay it out:
 * the body, date and §; the diary number; the preparers; what the matter is; the proposal with its presenter;
 * the decision. The fixed words are in the language asked for; what the clerk typed stays as typed.
 */
export function minutesText(
  handling: Handling,
  initiative: MinutesInitiative,
  pack: RulePack,
  bodyName: (bodyId: string) => string,
  language: Language,
): string {
  const words = MINUTES_WORDS[language];
  const defaults = defaultTexts(handling, pack, language);
  const proposal = handling.proposal ?? defaults.proposal;
  const decision = handling.decision ?? defaults.decision;
  const parts = [
    `${bodyName(handling.bodyId)}, ${minutesDate(handling.date)}, § ${handling.section}`,
    initiative.title,
    initiative.diaryNumber,
  ];
  if (handling.preparers.length > 0) {
    parts.push([words.preparers, ...handling.preparers.map(preparerLine)].join('\n'));
  }
  if (handling.event === 'REFER_TO_BOARD') {
    parts.push(filingSentence(initiative, words), `"${initiative.title}\n\n${initiative.text}"`);
  }
  if (handling.responseText) parts.push(handling.responseText);
  if (proposal) {
    parts.push(
      [
        words.proposal,
        ...(handling.presenter ? [`${words.presenter}: ${handling.presenter}`] : []),
        proposal,
      ].join('\n\n'),
    );
  }
  if (decision) parts.push(`${words.decision}\n\n${decision}`);
  if (handling.resolutions.length > 0) {
    parts.push([words.resolutions, ...handling.resolutions.map((r) => `"${r}"`)].join('\n\n'));
  }
  return parts.join('\n\n');
}
