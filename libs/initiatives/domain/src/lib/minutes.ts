import type { Handling } from './handling';
import type { RulePack } from './rule-packs';
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
function filingSentence(initiative: MinutesInitiative): string {
  if (initiative.kind === 'resident') {
    return `Pöytäkirjaan merkittiin seuraavan sisältöinen kuntalaisaloite, jonka allekirjoitti ${initiative.signatoryCount} kuntalaista:`;
  }
  const first =
    initiative.signatories.find((signatory) => signatory.firstSigner) ?? initiative.signatories[0];
  const signer = first ? `${first.name}${first.party ? ` (${first.party})` : ''}` : '';
  const others = initiative.signatoryCount - (first ? 1 : 0);
  const who =
    initiative.kind === 'councilGroup'
      ? `valtuustoryhmä${signer ? `, ensimmäisenä allekirjoittajana ${signer}` : ''}`
      : `valtuutettu ${signer}${others > 0 ? ` ja ${others} muuta valtuutettua` : ''}`;
  return `Pöytäkirjaan merkittiin seuraavan sisältöinen valtuustoaloite, jonka esitti ja allekirjoitti ${who}:`;
}

/** The council's referral sentence, citing the hallintosääntö § of the rule pack. */
export function referralSentence(pack: RulePack, tense: 'proposal' | 'decision'): string {
  const verb = tense === 'proposal' ? 'lähetetään' : 'lähetettiin';
  const whose = pack.wording === 'kaupunki' ? 'kaupungin' : 'kunnan';
  const ground = pack.referralSection
    ? ` ${whose} hallintosäännön ${pack.referralSection} §:n mukaisesti`
    : '';
  return `Valtuustoaloite ${verb}${ground} ${whose}hallitukselle valmisteltavaksi.`;
}

function defaultTexts(
  handling: Handling,
  pack: RulePack,
): { proposal: string | null; decision: string | null } {
  switch (handling.event) {
    case 'REFER_TO_BOARD':
      return { proposal: referralSentence(pack, 'proposal'), decision: referralSentence(pack, 'decision') };
    case 'CLOSE_VIA_ANNUAL_LIST':
      return {
        proposal: null,
        decision: `Valtuusto totesi valtuustoaloitteen loppuun käsitellyksi käsitellessään luetteloa valtuustoaloitteista (kuntalaki 23 §, ${citation(pack, pack.annualList.section, 'fi')}).`,
      };
    case 'DECLARE_LAPSED':
      return {
        proposal: null,
        decision: `Valtuusto totesi valtuustoaloitteen rauenneeksi${pack.lapse ? ` (${citation(pack, pack.lapse.section, 'fi')})` : ''}.`,
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
 * the decision.
 */
export function minutesText(
  handling: Handling,
  initiative: MinutesInitiative,
  pack: RulePack,
  bodyName: (bodyId: string) => string,
): string {
  const defaults = defaultTexts(handling, pack);
  const proposal = handling.proposal ?? defaults.proposal;
  const decision = handling.decision ?? defaults.decision;
  const parts = [
    `${bodyName(handling.bodyId)}, ${minutesDate(handling.date)}, § ${handling.section}`,
    initiative.title,
    initiative.diaryNumber,
  ];
  if (handling.preparers.length > 0) {
    parts.push(['Valmistelijat / lisätiedot:', ...handling.preparers.map(preparerLine)].join('\n'));
  }
  if (handling.event === 'REFER_TO_BOARD') {
    parts.push(filingSentence(initiative), `"${initiative.title}\n\n${initiative.text}"`);
  }
  if (handling.responseText) parts.push(handling.responseText);
  if (proposal) {
    parts.push(
      ['Ehdotus', ...(handling.presenter ? [`Esittelijä: ${handling.presenter}`] : []), proposal].join(
        '\n\n',
      ),
    );
  }
  if (decision) parts.push(`Päätös\n\n${decision}`);
  if (handling.resolutions.length > 0) {
    parts.push(
      ['Valtuusto hyväksyi seuraavat toivomusponnet:', ...handling.resolutions.map((r) => `"${r}"`)].join(
        '\n\n',
      ),
    );
  }
  return parts.join('\n\n');
}
